using BackCareRoller.Core.Reports;
using BackCareRoller.Formats.Reports;

namespace BackCareRoller.Storage.Json;

/// <summary>
/// The one seam through which storage writes and reads report documents, and <c>sessions export --format json</c>
/// writes reports: the Formats writer and reader of the contract <c>backcare-report/1</c> (DESIGN.md section 6).
/// </summary>
internal static class StoredReportJson
{
    public static string Write(SessionReport report) => ReportJson.Serialize(report);

    /// <exception cref="InvalidDataException">The stored text is not a valid report document.</exception>
    public static SessionReport Read(string text)
    {
        try
        {
            return ReportJson.Deserialize(text);
        }
        catch (ReportFormatException exception)
        {
            throw new InvalidDataException($"A stored report document is damaged: {exception.Message}", exception);
        }
    }
}
