using BackCareRoller.Core.CheckIns;
using static BackCareRoller.Core.Tests.CheckIns.CheckInBuilder;

namespace BackCareRoller.Core.Tests.CheckIns;

public sealed class RhythmCalculatorTests
{
    // Day0 is Monday 3 March 2025, 08:00 UTC; day 7 starts the next week.
    private static WeeklyRhythm Rhythm(double nowDay, int weeks, params CheckInSession[] sessions) =>
        RhythmCalculator.Compute(sessions, new RhythmQuery(Day0.AddDays(nowDay), weeks, TimeSpan.Zero));

    private static CheckInSession Plain(long id, double day) => Pair(id, day, null, null);

    [Fact]
    public void Compute_NoSessions_EveryWeekNotStartedAndMaintenance()
    {
        var rhythm = Rhythm(3, 2);

        Assert.Equal([new DateOnly(2025, 2, 24), new DateOnly(2025, 3, 3)], rhythm.Weeks.Select(w => w.WeekStart));
        Assert.All(rhythm.Weeks, w => Assert.Equal(WeekStatus.NotStarted, w.Status));
        Assert.Equal(RhythmTarget.Maintenance, rhythm.CurrentTarget);
        Assert.Null(rhythm.LatestCheckIn);
        Assert.Equal((0, 0, 0), (rhythm.CurrentDayStreak, rhythm.LongestDayStreak, rhythm.WeekStreak));
    }

    [Theory]
    [InlineData(3, RhythmTarget.Maintenance)]
    [InlineData(4, RhythmTarget.Daily)]
    public void Compute_LatestPain_FourOrMoreIsAcute(int pain, RhythmTarget expected)
    {
        var rhythm = Rhythm(0.5, 1, Session(1, 0, Pain(pain)));

        Assert.Equal(expected, rhythm.CurrentTarget);
        Assert.Equal(pain, rhythm.LatestCheckIn!.Pain);
    }

    [Theory]
    [InlineData(13, RhythmTarget.Daily)]
    [InlineData(14, RhythmTarget.Maintenance)]
    public void Compute_PainStartedDaysAgo_FewerThanFourteenIsAcute(int days, RhythmTarget expected)
    {
        var rhythm = Rhythm(0.5, 1, Session(1, 0, Pain(2, days: days)));

        Assert.Equal(expected, rhythm.CurrentTarget);
        Assert.Equal(days, rhythm.DaysSinceOnset);
    }

    [Theory]
    [InlineData(3.5, RhythmTarget.Daily)] // 10 + 3 whole days = 13
    [InlineData(4.5, RhythmTarget.Maintenance)] // 10 + 4 = 14
    public void Compute_OnsetSaidDaysAgo_KeepsCountingFromThen(double nowDay, RhythmTarget expected)
    {
        var rhythm = Rhythm(nowDay, 1, Session(1, 0, Pain(2, days: 10)));

        Assert.Equal(expected, rhythm.CurrentTarget);
    }

    [Fact]
    public void Compute_LatestCheckInPainFree_IsNotAcute()
    {
        // Before: 6 and new; after rolling: no pain. The latest check-in decides.
        var rhythm = Rhythm(0.5, 1, Session(1, 0, Pain(6, days: 2), Pain(0)));

        Assert.Equal(RhythmTarget.Maintenance, rhythm.CurrentTarget);
        Assert.Null(rhythm.DaysSinceOnset);
    }

    [Theory]
    [InlineData(3, WeekStatus.Met)]
    [InlineData(2, WeekStatus.Below)]
    public void Compute_MaintenanceWeek_ThreeDaysMeetIt(int days, WeekStatus expected)
    {
        // Sessions from Monday on, a second session on Monday counts as the same day; looked at the week after.
        var sessions = Enumerable.Range(0, days).Select(d => Plain(d + 1, d)).Append(Plain(100, 0.2)).ToArray();

        var week = Rhythm(8, 2, sessions).Weeks[0];

        Assert.Equal((RhythmTarget.Maintenance, 3, days, days + 1, expected), (week.Target, week.TargetDays, week.ActiveDays, week.Sessions, week.Status));
    }

    [Theory]
    [InlineData(7, WeekStatus.Met)]
    [InlineData(6, WeekStatus.Below)]
    public void Compute_AcuteWeek_EveryDayMeetsIt(int days, WeekStatus expected)
    {
        var sessions = Enumerable.Range(0, days).Select(d => Session(d + 1, d, Pain(5))).ToArray();

        var week = Rhythm(8, 2, sessions).Weeks[0];

        Assert.Equal((RhythmTarget.Daily, 7, expected), (week.Target, week.TargetDays, week.Status));
    }

    [Fact]
    public void Compute_FirstWeekStartedOnThursday_TargetScaledToTheDaysLeft()
    {
        // Thursday to Sunday is 4 days: 3 of 7 scaled is 1.7, rounded up to 2.
        var week = Rhythm(8, 2, Plain(1, 3), Plain(2, 5)).Weeks[0];

        Assert.Equal((2, WeekStatus.Met), (week.TargetDays, week.Status));
    }

    [Fact]
    public void Compute_FirstWeekAcuteFromThursday_DailyCountsFromThursday()
    {
        var sessions = new[] { Session(1, 3, Pain(6)), Plain(2, 4), Plain(3, 5), Plain(4, 6) };

        var week = Rhythm(8, 2, sessions).Weeks[0];

        Assert.Equal((RhythmTarget.Daily, 4, WeekStatus.Met), (week.Target, week.TargetDays, week.Status));
    }

    [Theory]
    [InlineData(2.5, 1, WeekStatus.OnTrack)] // Wednesday, one day done: Wed–Sun left
    [InlineData(5.5, 0, WeekStatus.Below)] // Saturday, nothing yet: two days cannot make three
    [InlineData(4.5, 0, WeekStatus.OnTrack)] // Friday, nothing yet: Fri, Sat, Sun can
    public void Compute_CurrentMaintenanceWeek_OnTrackWhileStillPossible(double nowDay, int sessionsSoFar, WeekStatus expected)
    {
        // An earlier session keeps the first-week scaling out of the way.
        var sessions = Enumerable.Range(0, sessionsSoFar).Select(d => Plain(d + 2, d)).Prepend(Plain(1, -10)).ToArray();

        Assert.Equal(expected, Rhythm(nowDay, 1, sessions).Weeks[0].Status);
    }

    [Fact]
    public void Compute_CurrentDailyWeekWithAMissedDay_IsBelow()
    {
        var sessions = new[] { Session(1, -10, Pain(6)), Session(2, 0, Pain(6)), Session(3, 2, Pain(6)) };

        var week = Rhythm(2.5, 1, sessions).Weeks[0];

        Assert.Equal((RhythmTarget.Daily, WeekStatus.Below), (week.Target, week.Status));
    }

    [Fact]
    public void Compute_CurrentDailyWeekTodayNotYetRolled_IsOnTrack()
    {
        var sessions = new[] { Session(1, -10, Pain(6)), Session(2, 0, Pain(6)), Session(3, 1, Pain(6)) };

        Assert.Equal(WeekStatus.OnTrack, Rhythm(2.5, 1, sessions).Weeks[0].Status);
    }

    [Fact]
    public void Compute_TargetChangesWithTheCheckIns_EachWeekHeldToItsOwn()
    {
        // Week 1: pain 6 (acute); week 2: pain 2 with no onset given (maintenance).
        var sessions = new[] { Session(1, 0, Pain(6)), Session(2, 8, Pain(2)) };

        var rhythm = Rhythm(9, 2, sessions);

        Assert.Equal([RhythmTarget.Daily, RhythmTarget.Maintenance], rhythm.Weeks.Select(w => w.Target));
    }

    [Fact]
    public void Compute_DayStreaks_TodayStillOpenKeepsYesterdaysRun()
    {
        var sessions = new[] { Plain(1, 0), Plain(2, 1), Plain(3, 2), Plain(4, 4), Plain(5, 5) };

        var sunday = Rhythm(6.5, 1, sessions);
        var monday = Rhythm(7.5, 2, sessions);

        Assert.Equal((2, 3), (sunday.CurrentDayStreak, sunday.LongestDayStreak));
        Assert.Equal((0, 3), (monday.CurrentDayStreak, monday.LongestDayStreak));
    }

    [Fact]
    public void Compute_WeekStreak_CountsMetWeeksBackFromTheCurrentOne()
    {
        // Weeks 0 and 1 met (3 days), week 2 below (1 day), weeks 3 and 4 met, week 5 (current) on track.
        var days = new[] { 0, 1, 2, 7, 8, 9, 14, 21, 22, 23, 28, 29, 30, 35 };
        var sessions = days.Select((d, i) => Plain(i + 1, d)).ToArray();

        var rhythm = Rhythm(36.5, 6, sessions);

        Assert.Equal(
            [WeekStatus.Met, WeekStatus.Met, WeekStatus.Below, WeekStatus.Met, WeekStatus.Met, WeekStatus.OnTrack],
            rhythm.Weeks.Select(w => w.Status));
        Assert.Equal(2, rhythm.WeekStreak);
    }

    [Fact]
    public void Compute_WeekStreak_ReachesBeforeTheWeeksShown()
    {
        var days = new[] { 0, 1, 2, 7, 8, 9, 14, 15, 16 };
        var sessions = days.Select((d, i) => Plain(i + 1, d)).ToArray();

        var rhythm = Rhythm(16.5, 1, sessions);

        Assert.Single(rhythm.Weeks);
        Assert.Equal(3, rhythm.WeekStreak);
    }

    [Fact]
    public void Compute_PainMeansPerWeek_TrendAgainstThePreviousWeekWithCheckIns()
    {
        var sessions = new[]
        {
            Pair(1, 0, 7, 5), Pair(2, 1, 5, 3), // week 0: before 6, after 4
            Plain(3, 7), // week 1: no check-ins
            Pair(4, 14, 5, 3), Pair(5, 15, 4, 2), // week 2: before 4.5 (1.5 lower than week 0)
            Pair(6, 21, 4, 4), // week 3: before 4 (0.5 lower: steady)
            Pair(7, 28, 5, null), // week 4: before 5 (exactly one point higher)
        };

        var weeks = Rhythm(29, 5, sessions).Weeks;

        Assert.Equal([6.0, null, 4.5, 4.0, 5.0], weeks.Select(w => w.PainBefore));
        Assert.Equal([4.0, null, 2.5, 4.0, null], weeks.Select(w => w.PainAfter));
        Assert.Equal([PainTrend.None, PainTrend.None, PainTrend.Lower, PainTrend.Steady, PainTrend.Higher], weeks.Select(w => w.PainTrend));
    }

    [Fact]
    public void Compute_OffsetAheadOfUtc_LateSundaySessionCountsOnMonday()
    {
        // Sunday 23:30 UTC is Monday 00:30 at +01:00.
        var session = new CheckInSession(1, new DateTimeOffset(2025, 3, 9, 23, 30, 0, TimeSpan.Zero), SessionCheckIns.None);
        var now = new DateTimeOffset(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

        var utc = RhythmCalculator.Compute([session], new RhythmQuery(now, 2, TimeSpan.Zero));
        var paris = RhythmCalculator.Compute([session], new RhythmQuery(now, 2, TimeSpan.FromHours(1)));

        Assert.Equal([1, 0], utc.Weeks.Select(w => w.Sessions));
        Assert.Equal([0, 1], paris.Weeks.Select(w => w.Sessions));
    }

    [Fact]
    public void Compute_SessionAfterNow_IsIgnored()
    {
        var rhythm = Rhythm(1.5, 1, Session(1, 0, Pain(2)), Session(2, 3, Pain(8)));

        Assert.Equal(1, rhythm.Weeks[0].Sessions);
        Assert.Equal(2, rhythm.LatestCheckIn!.Pain);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(521, 0)]
    [InlineData(1, 15)]
    public void Compute_BadQuery_Throws(int weeks, int offsetHours)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            RhythmCalculator.Compute([], new RhythmQuery(Day0, weeks, TimeSpan.FromHours(offsetHours))));
    }
}
