namespace BackCareRoller.Formats.Reports;

/// <summary>A report file is not valid <c>backcare-report/1</c> JSON; the message says what and where.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public ReportFormatException()
        : base("The file is not a valid backcare-report/1 report.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and where.</param>
    public ReportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around the parser's error.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The parser's error.</param>
    public ReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
