namespace BackCareRoller.Formats.Recordings;

/// <summary>One bad line met while reading leniently.</summary>
/// <param name="LineNumber">1-based line number.</param>
/// <param name="Kind">What was wrong.</param>
/// <param name="Reason">A sentence saying what was wrong.</param>
public readonly record struct RecordingIssue(long LineNumber, RecordingErrorKind Kind, string Reason);
