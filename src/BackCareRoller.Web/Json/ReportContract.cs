using BackCareRoller.Core.Reports;

namespace BackCareRoller.Web.Json;

/// <summary>The report JSON contract of DESIGN.md section 6 (<c>backcare-report/1</c>), as served to the report page.</summary>
internal sealed record ReportContract(
    string Format,
    double DurationS,
    IReadOnlyList<ReportAlert> Alerts,
    IReadOnlyList<ReportZone> Zones,
    IReadOnlyList<ReportSpeed> Speed,
    ReportSummary Summary)
{
    public static ReportContract From(SessionReport report) => new(
        SessionReport.FormatName,
        report.DurationSeconds,
        [.. report.Alerts.Select(a => new ReportAlert(a.Time.TotalSeconds, WireNames.Of(a.Kind), a.Message))],
        [.. report.Zones.Select(z => new ReportZone(z.Start.TotalSeconds, z.End.TotalSeconds, WireNames.Of(z.Zone), WireNames.Of(z.Side)))],
        [.. report.Speed.Select(s => new ReportSpeed(s.Time.TotalSeconds, s.SpeedMetersPerSecond * 100))],
        new ReportSummary(
            report.Summary.PerZoneSeconds.ToDictionary(p => WireNames.Of(p.Key), p => p.Value),
            report.Summary.TooFastSeconds,
            report.Summary.AlertCounts.ToDictionary(p => WireNames.Of(p.Key), p => p.Value)));
}

/// <summary>An alert of the report.</summary>
internal sealed record ReportAlert([property: System.Text.Json.Serialization.JsonPropertyName("t_s")] double TS, string Kind, string Message);

/// <summary>A zone interval of the report.</summary>
internal sealed record ReportZone(double StartS, double EndS, string Zone, string? Side);

/// <summary>A speed reading of the report.</summary>
internal sealed record ReportSpeed([property: System.Text.Json.Serialization.JsonPropertyName("t_s")] double TS, double CmPerS);

/// <summary>The report's summary.</summary>
internal sealed record ReportSummary(IReadOnlyDictionary<string, double> PerZoneS, double TooFastS, IReadOnlyDictionary<string, int> AlertCounts);
