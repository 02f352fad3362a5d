using System.Globalization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Cli.Commands;

/// <summary>The short human summary `analyze --format text` prints: alerts first, then time per zone.</summary>
internal static class AnalyzeText
{
    public static void Write(TextWriter output, string name, SessionReport report, RecordingReadStatistics statistics)
    {
        var summary = report.Summary;
        output.WriteLine(Invariant($"Session {name}: {SessionsText.Duration(TimeSpan.FromSeconds(report.DurationSeconds))} (min:s), {statistics.RollerSamples} roller and {statistics.BodySamples} body samples"));
        if (statistics.SkippedLines > 0)
        {
            output.WriteLine(Invariant($"Skipped {statistics.SkippedLines} bad rows (--lenient): {string.Join(", ", statistics.SkippedByKind.Select(k => $"{k.Value} {k.Key}"))}"));
        }

        if (report.ZoneConfidence is ZoneConfidence.None)
        {
            output.WriteLine("Zones: not estimated (no body sensor and no guided move) - speed and too-fast only.");
        }

        output.WriteLine();
        output.WriteLine(report.Alerts.Count == 0 ? "Alerts: none - well done." : Invariant($"Alerts ({report.Alerts.Count}):"));
        foreach (var alert in report.Alerts)
        {
            var marker = alert.Kind == AlertKind.TooFast ? "  " : "!!";
            output.WriteLine(Invariant($"  {marker} {SessionsText.Duration(alert.Time),6}  {alert.Message}"));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Rolling: {summary.RollingSeconds:0} s, {summary.Passes} passes, mean speed {Centimetres(summary.MeanRollingSpeedMetersPerSecond)}, median {Centimetres(summary.MedianRollingSpeedMetersPerSecond)}; too fast for {summary.TooFastSeconds:0.0} s"));
        output.WriteLine();
        output.WriteLine("Zone          seconds   left  right");
        foreach (var (zone, seconds) in summary.PerZoneSeconds.OrderBy(z => z.Key))
        {
            summary.PerZoneSideSeconds.TryGetValue(zone, out var sides);
            output.WriteLine(Invariant($"{SessionsText.Zone(zone),-12} {seconds,8:0.0} {Side(sides, BodySide.Left),6} {Side(sides, BodySide.Right),6}"));
        }

        if (summary.Adherence is { } adherence)
        {
            output.WriteLine();
            output.WriteLine(adherence.IsFollowed ? "Routine: followed." : "Routine: not quite followed (each move 60-120 s, never the lower back or neck).");
            foreach (var move in adherence.Moves)
            {
                output.WriteLine(Invariant($"  {move.Move,-11} {move.Seconds,6:0} s  {move.Verdict}"));
            }
        }
    }

    private static string Side(IReadOnlyDictionary<BodySide, double>? sides, BodySide side) =>
        sides is not null && sides.TryGetValue(side, out var seconds) ? Invariant($"{seconds:0.0}") : "";

    private static string Centimetres(double? metersPerSecond) =>
        metersPerSecond is { } v ? Invariant($"{v * 100:0.0} cm/s") : "-";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
