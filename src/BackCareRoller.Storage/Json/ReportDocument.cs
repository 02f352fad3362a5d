using BackCareRoller.Core.Reports;

namespace BackCareRoller.Storage.Json;

/// <summary>
/// The report document stored with a session: the whole report but the series that have their own tables (alerts,
/// zone timeline, speed, check-ins), so the duration, the summary and any field added to the report later survive without a
/// migration.
/// </summary>
internal static class ReportDocument
{
    /// <summary>The document of a live session: its running summary and how long it has run.</summary>
    public static SessionReport Of(SessionSummary summary, TimeSpan duration) => new()
    {
        DurationSeconds = duration.TotalSeconds,
        Alerts = [],
        Zones = [],
        Speed = [],
        Summary = summary,
    };

    /// <summary>The document of a finished report; its check-ins live in their own table, which can change after the session.</summary>
    public static SessionReport WithoutSeries(SessionReport report) => report with { Alerts = [], Zones = [], Speed = [], CheckIns = null };
}
