namespace BackCareRoller.Formats.Recordings;

/// <summary>A recording that breaks the CSV contract of DESIGN.md section 5, with where and what.</summary>
public sealed class RecordingFormatException : Exception
{
    /// <summary>Creates the error for <paramref name="kind"/> at <paramref name="lineNumber"/> of <paramref name="sourceName"/>.</summary>
    /// <param name="sourceName">The file name (or another name for the source) shown to the user.</param>
    /// <param name="lineNumber">1-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="kind">What is wrong.</param>
    /// <param name="reason">A sentence saying what is wrong, without the location.</param>
    public RecordingFormatException(string sourceName, long lineNumber, RecordingErrorKind kind, string reason)
        : base(Describe(sourceName, lineNumber, reason))
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        Kind = kind;
        Reason = reason;
    }

    /// <summary>The file name (or another name for the source) shown to the user.</summary>
    public string SourceName { get; }

    /// <summary>1-based line number of the offending line, or 0 when the problem concerns the whole file.</summary>
    public long LineNumber { get; }

    /// <summary>What is wrong.</summary>
    public RecordingErrorKind Kind { get; }

    /// <summary>The reason without the location, e.g. <c>column 'ax': 'abc' is not a number</c>.</summary>
    public string Reason { get; }

    private static string Describe(string sourceName, long lineNumber, string reason) =>
        lineNumber > 0 ? $"{sourceName}, line {lineNumber}: {reason}" : $"{sourceName}: {reason}";
}
