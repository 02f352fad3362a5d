using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BackCareRoller.Core.Reports;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// Writes and reads the session report JSON, contract <c>backcare-report/1</c> (DESIGN.md section 6): snake_case
/// keys and enum names, speeds in cm/s, instants to the millisecond, durations and speeds to 0.01.
/// </summary>
public static class ReportJson
{
    // Letters such as the em dash of "Lower back — stop" are written as themselves, not as \u2014; the default
    // encoder's HTML-sensitive characters stay escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonReaderOptions PeekOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True (default) for one field per line and a final newline; false for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number in the report is NaN or infinite.</exception>
    public static string Serialize(SessionReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        return System.Text.Encoding.UTF8.GetString(ToUtf8(report, indented).WrittenSpan);
    }

    /// <summary>Writes the report to <paramref name="utf8Json"/> as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="indented">True (default) for one field per line and a final newline; false for one line.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number in the report is NaN or infinite.</exception>
    public static void Write(Stream utf8Json, SessionReport report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(report);
        utf8Json.Write(ToUtf8(report, indented).WrittenSpan);
    }

    /// <summary>Writes the report to <paramref name="utf8Json"/> as indented UTF-8 JSON.</summary>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="report">The report.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the report is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number in the report is NaN or infinite.</exception>
    public static async Task WriteAsync(Stream utf8Json, SessionReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(report);
        await utf8Json.WriteAsync(ToUtf8(report, indented: true).WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ReportFormatException">The text is not a valid <c>backcare-report/1</c> report; the message says where.</exception>
    public static SessionReport Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromUtf8(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a report from a UTF-8 JSON stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The source; read to its end and left open.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ReportFormatException">The stream is not a valid <c>backcare-report/1</c> report; the message says where.</exception>
    public static SessionReport Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return FromUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>Reads a report from a UTF-8 JSON stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The source; read to its end and left open.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ReportFormatException">The stream is not a valid <c>backcare-report/1</c> report; the message says where.</exception>
    public static async Task<SessionReport> ReadAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return FromUtf8(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    private static ArrayBufferWriter<byte> ToUtf8(SessionReport report, bool indented)
    {
        var document = ReportDocumentMapper.ToDocument(report);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            JsonSerializer.Serialize(writer, document, ReportJsonContext.Default.ReportDocument);
        }

        if (indented)
        {
            // A text file ends with a newline.
            buffer.Write("\n"u8);
        }

        return buffer;
    }

    private static SessionReport FromUtf8(ReadOnlySpan<byte> json)
    {
        // A byte-order mark is legal at the start of a UTF-8 file but not inside JSON.
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        ReportDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportDocument);
        }
        catch (JsonException error)
        {
            // A file of another format version may fail on its shape first: name the format, which is the real problem.
            if (TryPeekFormat(json, out var format))
            {
                ReportDocumentReader.CheckFormat(format);
            }

            var line = error.LineNumber is { } zeroBased ? $"line {zeroBased + 1}, " : string.Empty;
            throw new ReportFormatException($"Invalid report JSON at {line}{error.Path ?? "$"}: {FirstSentence(error.Message)}", error);
        }

        if (document is null)
        {
            throw new ReportFormatException("Not a report: the JSON is null, not an object.");
        }

        return ReportDocumentReader.ToReport(document);
    }

    private static bool TryPeekFormat(ReadOnlySpan<byte> json, out string? format)
    {
        // Scan the top-level object for "format" only, skipping every other value.
        format = null;
        try
        {
            var reader = new Utf8JsonReader(json, PeekOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isFormat = reader.ValueTextEquals("format"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isFormat)
                {
                    format = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    return format is not null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before "format" was reached: nothing to say about the format.
        }

        return false;
    }

    private static string FirstSentence(string message)
    {
        // A type mismatch is reported against an internal document type; say what it means instead.
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            return "the value has the wrong JSON type (for example a string where a number belongs).";
        }

        // System.Text.Json appends "Path: … | LineNumber: …", which the caller already states.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
