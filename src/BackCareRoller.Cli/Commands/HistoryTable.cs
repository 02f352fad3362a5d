using System.Globalization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.History;

namespace BackCareRoller.Cli.Commands;

/// <summary>Lays out <c>backcare history</c> as fixed-width columns that fit a 100-column terminal.</summary>
internal static class HistoryTable
{
    private static readonly (string Header, BodyZone Zone)[] MuscleColumns =
    [
        ("Glutes", BodyZone.Glutes),
        ("HipFlx", BodyZone.HipFlexors),
        ("Hamstr", BodyZone.Hamstrings),
        ("UpBack", BodyZone.UpperBack),
    ];

    public static IEnumerable<string> Lines(IReadOnlyList<WeekHistory> weeks, TimeSpan utcOffset)
    {
        yield return "Week of     Sess  Glutes  HipFlx  Hamstr  UpBack   Other  Lumbar    Neck  Alerts  fast/lumb/neck  Adherence  Trend";
        foreach (var week in weeks)
        {
            yield return Line(week);
        }

        yield return string.Empty;
        yield return string.Create(CultureInfo.InvariantCulture, $"Minutes per muscle per week; weeks start on Monday at UTC{Offset(utcOffset)}. Other: quads and calves.");
        yield return "Adherence: share of the routine's four muscles rolled for at least 1 minute, averaged over the week's sessions;";
        yield return "trend compares it with the previous week that had sessions (5 points or more is up or down).";
    }

    private static string Line(WeekHistory week)
    {
        var line = new System.Text.StringBuilder();
        line.Append(week.WeekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ', 2);
        line.Append(Right(week.Sessions.ToString(CultureInfo.InvariantCulture), 4));
        foreach (var (_, zone) in MuscleColumns)
        {
            line.Append(Right(Minutes(week, zone), 8));
        }

        var other = week.MinutesPerZone.GetValueOrDefault(BodyZone.Quads) + week.MinutesPerZone.GetValueOrDefault(BodyZone.Calves);
        line.Append(Right(Minutes(week.Sessions, other), 8));
        line.Append(Right(Minutes(week, BodyZone.Lumbar), 8));
        line.Append(Right(Minutes(week, BodyZone.Neck), 8));
        line.Append(Right(week.Sessions == 0 ? "-" : week.AlertCount.ToString(CultureInfo.InvariantCulture), 8));
        var split = week.Sessions == 0
            ? "-"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{week.AlertsPerKind.GetValueOrDefault(AlertKind.TooFast)}/{week.AlertsPerKind.GetValueOrDefault(AlertKind.Lumbar)}/{week.AlertsPerKind.GetValueOrDefault(AlertKind.Neck)}");
        line.Append(Right(split, 16));
        line.Append(Right(week.Adherence is { } adherence ? string.Create(CultureInfo.InvariantCulture, $"{adherence * 100:0} %") : "-", 11));
        line.Append("  ").Append(Trend(week.Trend));
        return line.ToString().TrimEnd();
    }

    private static string Minutes(WeekHistory week, BodyZone zone) => Minutes(week.Sessions, week.MinutesPerZone.GetValueOrDefault(zone));

    private static string Minutes(int sessions, double minutes) =>
        sessions == 0 ? "-" : minutes.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Right(string text, int width) => text.PadLeft(width);

    private static string Trend(AdherenceTrend trend) => trend switch
    {
        AdherenceTrend.Up => "up",
        AdherenceTrend.Down => "down",
        AdherenceTrend.Steady => "steady",
        _ => string.Empty,
    };

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
}
