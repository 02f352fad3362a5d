using BackCareRoller.Core.Reports;

namespace BackCareRoller.Storage.Json;

/// <summary>The report document stored with a session: everything but the series that have their own tables.</summary>
internal static class ReportDocument
{
    public static SessionReport Of(SessionSummary summary, TimeSpan duration) => new()
    {
        DurationSeconds = duration.TotalSeconds,
        Alerts = [],
        Zones = [],
        Speed = [],
        Summary = summary,
    };
}
