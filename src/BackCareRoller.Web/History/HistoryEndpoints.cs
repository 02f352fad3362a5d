using BackCareRoller.Formats.Reports;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackCareRoller.Web.History;

/// <summary>Stored sessions for the sessions list, the report page and the weekly history — the CLI's storage.</summary>
internal static class HistoryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sessions", ListAsync);
        app.MapGet("/api/sessions/{id}/report", ReportAsync);
        app.MapGet("/api/history", WeeksAsync);
    }

    private static async Task<IResult> ListAsync(ISessionHistory history, int? limit, CancellationToken cancellationToken)
    {
        var sessions = await history.ListAsync(Math.Clamp(limit ?? 100, 1, 1000), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<SessionListItem> items = [.. sessions.Select(s => new SessionListItem(
            s.Id,
            s.StartedAt,
            Math.Round(s.DurationSeconds, 1),
            s.Source,
            s.Status,
            s.AlertCount))];
        return Results.Json(items, WebJsonContext.Default.IReadOnlyListSessionListItem);
    }

    private static async Task<IResult> ReportAsync(string id, ISessionHistory history, CancellationToken cancellationToken)
    {
        var report = await history.GetReportAsync(id, cancellationToken).ConfigureAwait(false);
        return report is null
            ? Results.Text($"No session '{id}' in storage.", statusCode: StatusCodes.Status404NotFound)
            : Results.Text(ReportJson.Serialize(report, indented: false), "application/json");
    }

    private static async Task<IResult> WeeksAsync(ISessionHistory history, int? weeks, CancellationToken cancellationToken)
    {
        var summaries = await history.WeeksAsync(Math.Clamp(weeks ?? 8, 1, 104), cancellationToken).ConfigureAwait(false);
        IReadOnlyList<HistoryWeek> result = [.. summaries.Select(w => new HistoryWeek(
            w.WeekStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            w.Sessions,
            w.MinutesPerZone.ToDictionary(p => WireNames.Of(p.Key), p => Math.Round(p.Value, 1)),
            w.AlertCounts.ToDictionary(p => WireNames.Of(p.Key), p => p.Value)))];
        return Results.Json(result, WebJsonContext.Default.IReadOnlyListHistoryWeek);
    }
}
