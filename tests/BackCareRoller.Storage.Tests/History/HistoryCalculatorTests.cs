using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.History;

namespace BackCareRoller.Storage.Tests.History;

public sealed class HistoryCalculatorTests
{
    // Wednesday 2025-03-12; its week starts Monday 2025-03-10.
    private static readonly DateOnly Wednesday = new(2025, 3, 12);

    [Theory]
    [InlineData("2025-03-10", "2025-03-10")]
    [InlineData("2025-03-12", "2025-03-10")]
    [InlineData("2025-03-16", "2025-03-10")]
    [InlineData("2025-03-17", "2025-03-17")]
    public void WeekStartOf_AnyDay_IsItsMonday(string day, string monday)
    {
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), HistoryCalculator.WeekStartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Weeks_NoSessions_ListsEveryWeekOldestFirst()
    {
        var weeks = HistoryCalculator.Weeks(new HistoryQuery(Wednesday, 3, TimeSpan.Zero), []);

        Assert.Equal([new DateOnly(2025, 2, 24), new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 10)], weeks.Select(w => w.WeekStart));
        Assert.All(weeks, w => Assert.Equal(0, w.Sessions));
        Assert.All(weeks, w => Assert.Null(w.Adherence));
    }

    [Fact]
    public void Weeks_SundayLateUtc_BelongsToTheNextWeekAheadOfUtc()
    {
        // Sunday 23:30 UTC is Monday 00:30 at +01:00.
        var session = Row(new DateTimeOffset(2025, 3, 9, 23, 30, 0, TimeSpan.Zero));

        var utc = HistoryCalculator.Weeks(new HistoryQuery(Wednesday, 2, TimeSpan.Zero), [session]);
        var paris = HistoryCalculator.Weeks(new HistoryQuery(Wednesday, 2, TimeSpan.FromHours(1)), [session]);

        Assert.Equal([1, 0], utc.Select(w => w.Sessions));
        Assert.Equal([0, 1], paris.Select(w => w.Sessions));
    }

    [Fact]
    public void UtcRange_OffsetAhead_StartsBeforeMidnightUtc()
    {
        var (from, to) = HistoryCalculator.UtcRange(new HistoryQuery(Wednesday, 1, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 22, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2025, 3, 16, 22, 0, 0, TimeSpan.Zero), to);
    }

    [Fact]
    public void Weeks_SessionsInAWeek_SumMinutesAndAlerts()
    {
        var monday = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);
        var sessions = new[]
        {
            Row(monday, glutes: 90, upperBack: 30, lumbarAlerts: 1),
            Row(monday.AddDays(2), glutes: 30, upperBack: 0, lumbarAlerts: 2),
        };

        var week = Assert.Single(HistoryCalculator.Weeks(new HistoryQuery(Wednesday, 1, TimeSpan.Zero), sessions));

        Assert.Equal(2, week.Sessions);
        Assert.Equal(2.0, week.MinutesPerZone[BodyZone.Glutes], 9);
        Assert.Equal(0.5, week.MinutesPerZone[BodyZone.UpperBack], 9);
        Assert.Equal(3, week.AlertsPerKind[AlertKind.Lumbar]);
        Assert.Equal(3, week.AlertCount);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0.0)]
    [InlineData(60, 0, 0, 0, 0.25)]
    [InlineData(59.9, 60, 60, 60, 0.75)]
    [InlineData(60, 120, 61, 300, 1.0)]
    public void SessionAdherence_RoutineMuscles_CountsThoseRolledAMinute(double glutes, double hipFlexors, double hamstrings, double upperBack, double expected)
    {
        var seconds = new Dictionary<BodyZone, double>
        {
            [BodyZone.Glutes] = glutes,
            [BodyZone.HipFlexors] = hipFlexors,
            [BodyZone.Hamstrings] = hamstrings,
            [BodyZone.UpperBack] = upperBack,
            [BodyZone.Lumbar] = 600,
        };

        Assert.Equal(expected, HistoryCalculator.SessionAdherence(seconds));
    }

    [Fact]
    public void Weeks_AdherenceChanges_TrendComparesWithThePreviousWeekWithSessions()
    {
        var first = new DateTimeOffset(2025, 2, 17, 8, 0, 0, TimeSpan.Zero);
        var sessions = new[]
        {
            Row(first, glutes: 60, upperBack: 0), // 25 %
            Row(first.AddDays(14), glutes: 60, upperBack: 60), // 50 %, after an empty week
            Row(first.AddDays(21), glutes: 60, upperBack: 60), // 50 %
            Row(first.AddDays(28), glutes: 0, upperBack: 60), // 25 %
        };

        var weeks = HistoryCalculator.Weeks(new HistoryQuery(new DateOnly(2025, 3, 17), 5, TimeSpan.Zero), sessions);

        Assert.Equal(
            [AdherenceTrend.None, AdherenceTrend.None, AdherenceTrend.Up, AdherenceTrend.Steady, AdherenceTrend.Down],
            weeks.Select(w => w.Trend));
    }

    private static HistorySessionRow Row(DateTimeOffset start, double glutes = 60, double upperBack = 60, int lumbarAlerts = 0) => new(
        1,
        start,
        new Dictionary<BodyZone, double> { [BodyZone.Glutes] = glutes, [BodyZone.UpperBack] = upperBack },
        lumbarAlerts == 0 ? new Dictionary<AlertKind, int>() : new Dictionary<AlertKind, int> { [AlertKind.Lumbar] = lumbarAlerts });
}
