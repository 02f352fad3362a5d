using System.Globalization;
using System.Text;
using BackCareRoller.Core.Reports;

namespace BackCareRoller.Core.Tests.Summary;

/// <summary>A canonical text of every field of a summary, so two summaries compare by value (doubles round-trip exactly).</summary>
internal static class SummaryFingerprint
{
    public static string Of(SessionSummary summary)
    {
        var text = new StringBuilder();
        void Line(string name, object? value) =>
            text.Append(name).Append('=').Append(value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : value?.ToString() ?? "null").Append('\n');

        foreach (var (zone, seconds) in summary.PerZoneSeconds)
        {
            Line($"zone.{zone}", seconds);
        }

        foreach (var (zone, sides) in summary.PerZoneSideSeconds)
        {
            foreach (var (side, seconds) in sides)
            {
                Line($"zone.{zone}.{side}", seconds);
            }
        }

        Line("too_fast", summary.TooFastSeconds);
        foreach (var (kind, count) in summary.AlertCounts)
        {
            Line($"alerts.{kind}", count);
        }

        foreach (var (kind, times) in summary.AlertTimes)
        {
            Line($"alert_times.{kind}", string.Join(",", times.Select(t => t.Ticks)));
        }

        Line("rolling", summary.RollingSeconds);
        Line("distance", summary.RolledDistanceMeters);
        Line("mean", summary.MeanRollingSpeedMetersPerSecond);
        Line("median", summary.MedianRollingSpeedMetersPerSecond);
        Line("passes", summary.Passes);
        foreach (var pause in summary.Pauses)
        {
            Line("pause", pause);
        }

        if (summary.Adherence is { } adherence)
        {
            foreach (var move in adherence.Moves)
            {
                Line("move", move);
            }

            Line("lumbar", adherence.LumbarSeconds);
            Line("neck", adherence.NeckSeconds);
            Line("followed", adherence.IsFollowed);
        }

        return text.ToString();
    }
}
