using System.Globalization;
using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Cli.Commands;

/// <summary>Lays out the weekly rhythm under <c>backcare history</c>: days rolled against the goal, streaks, pain trend.</summary>
internal static class RhythmTable
{
    public static IEnumerable<string> Lines(WeeklyRhythm rhythm)
    {
        yield return "Rhythm: roll daily while the pain is acute (4/10 or more, or started less than 14 days ago), else 3-4 days a week.";
        yield return "Week of     Days  Goal    Need  Status     Pain before  after  Trend";
        foreach (var week in rhythm.Weeks)
        {
            yield return Line(week);
        }

        yield return string.Empty;
        yield return Now(rhythm);
        yield return Streaks(rhythm);
        if (PainTrend(rhythm.Weeks) is { } trend)
        {
            yield return trend;
        }
    }

    private static string Line(RhythmWeek week)
    {
        var started = week.Status != WeekStatus.NotStarted;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{week.WeekStart:yyyy-MM-dd}  {(started ? week.ActiveDays.ToString(CultureInfo.InvariantCulture) : "-"),4}  {(started ? Goal(week.Target) : "-"),-6}  {(started ? week.TargetDays.ToString(CultureInfo.InvariantCulture) : "-"),4}  {Status(week.Status),-9}  {CheckInText.Pain(week.PainBefore),11}  {CheckInText.Pain(week.PainAfter),5}  {Trend(week.PainTrend)}");
        return line.TrimEnd();
    }

    private static string Now(WeeklyRhythm rhythm)
    {
        if (rhythm.LatestCheckIn is not { } latest)
        {
            return "Goal now: 3-4 days a week. No check-in yet: `backcare checkin <id> --before` lets the goal follow how your back feels.";
        }

        var said = string.Create(CultureInfo.InvariantCulture, $"your latest check-in ({latest.RecordedAt.UtcDateTime:yyyy-MM-dd}) gave pain {latest.Pain}/10");
        if (rhythm.DaysSinceOnset is { } days)
        {
            said += string.Create(CultureInfo.InvariantCulture, $", {days} day{(days == 1 ? string.Empty : "s")} since it started");
        }

        return rhythm.CurrentTarget == RhythmTarget.Daily
            ? $"Goal now: roll every day while the pain is acute; {said}."
            : $"Goal now: 3-4 days a week to keep the muscles loose; {said}.";
    }

    private static string Streaks(WeeklyRhythm rhythm) => string.Create(
        CultureInfo.InvariantCulture,
        $"Streaks: {Count(rhythm.CurrentDayStreak, "day")} in a row (longest {Count(rhythm.LongestDayStreak, "day")}); {Count(rhythm.WeekStreak, "week")} in a row on goal. Consistency matters more than intensity.");

    private static string? PainTrend(IReadOnlyList<RhythmWeek> weeks)
    {
        var withBefore = weeks.Where(w => w.PainBefore is not null).ToList();
        var withAfter = weeks.Where(w => w.PainAfter is not null).ToList();
        if (withBefore.Count == 0 && withAfter.Count == 0)
        {
            return null;
        }

        var parts = new List<string>();
        if (withBefore.Count > 0)
        {
            parts.Add("before rolling " + FromTo(withBefore[0].PainBefore, withBefore[^1].PainBefore, withBefore.Count));
        }

        if (withAfter.Count > 0)
        {
            parts.Add("after rolling " + FromTo(withAfter[0].PainAfter, withAfter[^1].PainAfter, withAfter.Count));
        }

        var span = Math.Max(withBefore.Count, withAfter.Count) > 1 ? " (first and latest week with check-ins)" : string.Empty;
        return "Pain (weekly mean, 0-10): " + string.Join(", ", parts) + span + ".";
    }

    private static string FromTo(double? first, double? last, int weeks) =>
        weeks == 1 ? CheckInText.Pain(first) : $"{CheckInText.Pain(first)} -> {CheckInText.Pain(last)}";

    private static string Count(int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");

    private static string Goal(RhythmTarget target) => target == RhythmTarget.Daily ? "daily" : "3-4/wk";

    private static string Status(WeekStatus status) => status switch
    {
        WeekStatus.Met => "met",
        WeekStatus.OnTrack => "on track",
        WeekStatus.Below => "below",
        _ => "-",
    };

    private static string Trend(PainTrend trend) => trend switch
    {
        Core.CheckIns.PainTrend.Lower => "lower",
        Core.CheckIns.PainTrend.Higher => "higher",
        Core.CheckIns.PainTrend.Steady => "steady",
        _ => string.Empty,
    };
}
