namespace BackCareRoller.Cli.Commands;

/// <summary>CSV fields and rows as RFC 4180 writes them, for the files people open in a spreadsheet.</summary>
internal static class Rfc4180
{
    /// <summary>The record separator of RFC 4180 section 2: CRLF, whatever the platform.</summary>
    public const string LineBreak = "\r\n";

    /// <summary>The field as written: quoted only when it holds a comma, a quote or a line break, quotes doubled (section 2).</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Free text that a spreadsheet could take for a formula (a file name starting with =, +, - or @) gets a leading
    /// apostrophe, the usual guard against formula injection (OWASP, "CSV Injection"); spreadsheets show it as text.
    /// </summary>
    public static string Text(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Writes one record: the fields quoted as needed, comma-separated, ended by CRLF.</summary>
    public static void WriteRow(TextWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Quote(field));
            first = false;
        }

        writer.Write(LineBreak);
    }
}
