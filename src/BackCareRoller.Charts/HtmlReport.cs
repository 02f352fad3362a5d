using System.Globalization;
using System.Net;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Charts;

/// <summary>Writes the one-page HTML report: self-contained (charts embedded as PNG data URIs), large readable text.</summary>
public static class HtmlReport
{
    /// <summary>Writes the report page.</summary>
    /// <param name="writer">Where the HTML goes (UTF-8).</param>
    /// <param name="report">The session report.</param>
    /// <param name="heading">Title and facts shown at the top.</param>
    /// <param name="settings">Thresholds, targets and chart size; defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="settings"/> is null.</exception>
    public static void Write(TextWriter writer, SessionReport report, ReportHeading heading, ReportChartSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(heading);
        var resolved = settings ?? ReportChartSettings.Default;

        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{Encode(heading.Title)}</title>");
        writer.WriteLine("<style>");
        writer.WriteLine("body { font-family: 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif; font-size: 22px; line-height: 1.45;");
        writer.WriteLine("       color: #1a1a1a; background: #fff; max-width: 1400px; margin: 1.5em auto; padding: 0 1em; }");
        writer.WriteLine("h1 { font-size: 2.1em; margin-bottom: .3em; } h2 { font-size: 1.5em; margin-top: 1.6em; }");
        writer.WriteLine("table { border-collapse: collapse; font-size: 1em; } th, td { text-align: left; padding: .35em 1em; border-bottom: 1px solid #ccc; }");
        writer.WriteLine("th { background: #f2f2f2; } td.num { text-align: right; font-variant-numeric: tabular-nums; }");
        writer.WriteLine(".ok { color: #1e7b1e; font-weight: bold; } .short { color: #9a6200; font-weight: bold; }");
        writer.WriteLine(".long { color: #1f5fa0; font-weight: bold; } .stop { color: #b00020; font-weight: bold; }");
        writer.WriteLine("img { width: 100%; height: auto; border: 1px solid #ddd; }");
        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{Encode(heading.Title)}</h1>");
        WriteFacts(writer, heading);
        WriteMuscleTable(writer, report.Summary, resolved);
        WriteChart(writer, "Where you rolled", "Timeline of the zones rolled, coloured by zone, with alerts marked", SessionReportCharts.ZoneTimelinePng(report, resolved));
        WriteChart(writer, "How fast you rolled", "Rolling speed over time against the too-fast threshold", SessionReportCharts.SpeedPng(report, resolved));
        WriteChart(writer, "Time on each muscle", "Minutes on each muscle against the 1 to 2 minute target", SessionReportCharts.MuscleBarsPng(report, resolved));
        WriteAlerts(writer, report);
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static void WriteFacts(TextWriter writer, ReportHeading heading)
    {
        if (heading.Facts.Count == 0)
        {
            return;
        }

        writer.WriteLine("<table class=\"facts\">");
        foreach (var (label, value) in heading.Facts)
        {
            writer.WriteLine($"<tr><th scope=\"row\">{Encode(label)}</th><td>{Encode(value)}</td></tr>");
        }

        writer.WriteLine("</table>");
    }

    private static void WriteMuscleTable(TextWriter writer, SessionSummary summary, ReportChartSettings settings)
    {
        writer.WriteLine("<h2>At a glance</h2>");
        writer.WriteLine("<table class=\"muscles\">");
        writer.WriteLine(Invariant($"<tr><th>Muscle</th><th>Minutes</th><th>Target {settings.RoutineMinimumMinutes:0.#}–{settings.RoutineMaximumMinutes:0.#} min</th></tr>"));
        foreach (var zone in ZoneStyle.RoutineZones.Concat(ZoneStyle.LaneOrder.Where(z => !ZoneStyle.RoutineZones.Contains(z))))
        {
            var seconds = summary.PerZoneSeconds.GetValueOrDefault(zone);
            if (!ZoneStyle.RoutineZones.Contains(zone) && seconds <= 0)
            {
                continue;
            }

            var minutes = seconds / 60.0;
            var (css, verdict) = ZoneStyle.IsForbidden(zone) ? ("stop", "avoid this zone")
                : minutes < settings.RoutineMinimumMinutes ? ("short", "too short")
                : minutes > settings.RoutineMaximumMinutes ? ("long", "longer than needed")
                : ("ok", "on target");
            if (!ZoneStyle.RoutineZones.Contains(zone) && !ZoneStyle.IsForbidden(zone))
            {
                (css, verdict) = ("", "not part of the routine");
            }

            writer.WriteLine(Invariant($"<tr><td>{Encode(ZoneStyle.Label(zone))}{Sides(summary, zone)}</td><td class=\"num\">{minutes:0.0}</td><td class=\"{css}\">{verdict}</td></tr>"));
        }

        writer.WriteLine("</table>");
        writer.WriteLine(Invariant($"<p>Too fast for {summary.TooFastSeconds:0} s in all.</p>"));
    }

    private static string Sides(SessionSummary summary, BodyZone zone)
    {
        if (!summary.PerZoneSideSeconds.TryGetValue(zone, out var sides) || sides.Count == 0)
        {
            return string.Empty;
        }

        var parts = sides.OrderBy(pair => pair.Key).Select(pair => Invariant($"{(pair.Key == BodySide.Left ? "left" : "right")} {pair.Value / 60.0:0.0}"));
        return $" <small>({string.Join(", ", parts)})</small>";
    }

    private static void WriteChart(TextWriter writer, string title, string description, byte[] png)
    {
        writer.WriteLine($"<h2>{Encode(title)}</h2>");
        writer.WriteLine($"<img alt=\"{Encode(description)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">");
    }

    private static void WriteAlerts(TextWriter writer, SessionReport report)
    {
        writer.WriteLine("<h2>Alerts</h2>");
        if (report.Alerts.Count == 0)
        {
            writer.WriteLine("<p class=\"ok\">No alerts: slow and safe all the way.</p>");
            return;
        }

        writer.WriteLine("<table class=\"alerts\">");
        writer.WriteLine("<tr><th>When</th><th>Alert</th></tr>");
        foreach (var alert in report.Alerts)
        {
            var css = alert.Kind == Core.Alerts.AlertKind.TooFast ? "short" : "stop";
            writer.WriteLine(Invariant($"<tr><td class=\"num\">{(int)alert.Time.TotalMinutes}:{alert.Time.Seconds:00}</td><td class=\"{css}\">{Encode(alert.Message)}</td></tr>"));
        }

        writer.WriteLine("</table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
