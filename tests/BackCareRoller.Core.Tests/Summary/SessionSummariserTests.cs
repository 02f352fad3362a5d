using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using static BackCareRoller.Core.Tests.Summary.SummaryStreams;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class SessionSummariserTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Snapshot_ZeroLengthSessionWithNoInput_IsEmpty()
    {
        var summary = new SessionSummariser().Snapshot(TimeSpan.Zero);

        Assert.Empty(summary.PerZoneSeconds);
        Assert.Empty(summary.PerZoneSideSeconds);
        Assert.Empty(summary.AlertCounts);
        Assert.Empty(summary.Pauses);
        Assert.Equal(0, summary.TooFastSeconds);
        Assert.Equal(0, summary.Passes);
        Assert.Null(summary.MeanRollingSpeedMetersPerSecond);
        Assert.Null(summary.MedianRollingSpeedMetersPerSecond);
        Assert.NotNull(summary.Adherence);
        Assert.All(summary.Adherence.Moves, m => Assert.Equal(MoveVerdict.Missing, m.Verdict));
        Assert.False(summary.Adherence.IsFollowed);
    }

    [Fact]
    public void Snapshot_NoZoneUpdates_AllTimeIsNone()
    {
        var summariser = new SessionSummariser();
        foreach (var motion in Strokes(0, 4, 0.10, 0.025))
        {
            summariser.Add(motion);
        }

        var summary = summariser.Snapshot(S(100));

        Assert.Equal(new Dictionary<BodyZone, double> { [BodyZone.None] = 100 }, summary.PerZoneSeconds);
        Assert.Empty(summary.PerZoneSideSeconds);
    }

    [Fact]
    public void PerZoneSeconds_ZoneChanges_SplitAtEachChangeWithSides()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(5), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(35), BodyZone.Glutes, BodySide.Right, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(55), BodyZone.None, null, RoutineMove.None));

        var summary = summariser.Snapshot(S(80));

        Assert.Equal(2, summary.PerZoneSeconds.Count);
        Assert.Equal(30, summary.PerZoneSeconds[BodyZone.None], Tolerance);
        Assert.Equal(50, summary.PerZoneSeconds[BodyZone.Glutes], Tolerance);
        Assert.Equal(30, summary.PerZoneSideSeconds[BodyZone.Glutes][BodySide.Left], Tolerance);
        Assert.Equal(20, summary.PerZoneSideSeconds[BodyZone.Glutes][BodySide.Right], Tolerance);
    }

    [Fact]
    public void PerZoneSideSeconds_ZoneWithoutSide_IsAbsent()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.UpperBack, null, RoutineMove.UpperBack));

        var summary = summariser.Snapshot(S(60));

        Assert.Equal(60, summary.PerZoneSeconds[BodyZone.UpperBack], Tolerance);
        Assert.False(summary.PerZoneSideSeconds.ContainsKey(BodyZone.UpperBack));
    }

    [Fact]
    public void Snapshot_MidSession_CountsTheOpenZoneUpToNow()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(10), BodyZone.Hamstrings, BodySide.Left, RoutineMove.Hamstrings));

        var summary = summariser.Snapshot(S(25));

        Assert.Equal(10, summary.PerZoneSeconds[BodyZone.None], Tolerance);
        Assert.Equal(15, summary.PerZoneSeconds[BodyZone.Hamstrings], Tolerance);
        Assert.Equal(15, summary.PerZoneSideSeconds[BodyZone.Hamstrings][BodySide.Left], Tolerance);
    }

    [Fact]
    public void Snapshot_NowBeforeLatestZoneUpdate_CountsUpToThatUpdate()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(40), BodyZone.Glutes, BodySide.Right, RoutineMove.Glutes));

        var summary = summariser.Snapshot(S(30));

        Assert.Equal(new Dictionary<BodyZone, double> { [BodyZone.None] = 40 }, summary.PerZoneSeconds);
    }

    [Fact]
    public void Add_ZoneUpdateEarlierThanThePrevious_CountsAtThePreviousTime()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(20), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(10), BodyZone.UpperBack, null, RoutineMove.UpperBack));

        var summary = summariser.Snapshot(S(50));

        Assert.Equal(20, summary.PerZoneSeconds[BodyZone.None], Tolerance);
        Assert.False(summary.PerZoneSeconds.ContainsKey(BodyZone.Glutes));
        Assert.Equal(30, summary.PerZoneSeconds[BodyZone.UpperBack], Tolerance);
    }

    [Fact]
    public void Snapshot_TakenTwiceAndBetweenInputs_LeavesTheSummariserUnchanged()
    {
        var interrupted = new SessionSummariser();
        var straight = new SessionSummariser();
        interrupted.Add(new ZoneUpdate(S(1), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        straight.Add(new ZoneUpdate(S(1), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        foreach (var motion in Strokes(1, 3, 0.08, 0.03))
        {
            interrupted.Add(motion);
            straight.Add(motion);
            if (motion.Time.Ticks % TimeSpan.TicksPerSecond == 0)
            {
                _ = interrupted.Snapshot(motion.Time);
                _ = interrupted.Snapshot(motion.Time + S(30));
            }
        }

        Assert.Equal(SummaryFingerprint.Of(straight.Snapshot(S(20))), SummaryFingerprint.Of(interrupted.Snapshot(S(20))));
    }

    [Fact]
    public void Passes_FourStrokesOfTenCentimetres_CountsFour()
    {
        var summary = Summarise(Strokes(0, 4, 0.10, 0.025), end: 20);

        Assert.Equal(4, summary.Passes);
    }

    [Fact]
    public void Passes_JitterBelowTheMinimumTravel_CountsNone()
    {
        // Strokes of 2 cm, under the 3 cm minimum: rocking on the spot, not passes.
        var summary = Summarise(Strokes(0, 20, 0.02, 0.025), end: 20);

        Assert.Equal(0, summary.Passes);
    }

    [Fact]
    public void Passes_OneStrokeJustOverTheMinimum_CountsOne()
    {
        var summary = Summarise(Strokes(0, 1, 0.031, 0.01), end: 5);

        Assert.Equal(1, summary.Passes);
    }

    [Fact]
    public void Passes_StrokeWithSmallSlipBack_CountsOnePass()
    {
        // 6 cm forward, 1 cm back (slip), 6 cm forward: one long stroke, not three.
        var motions = Rolling(0, 6, 0.01, 1).Concat(Rolling(6, 7, 0.01, -1)).Concat(Rolling(7, 13, 0.01, 1));

        var summary = Summarise(motions, end: 13);

        Assert.Equal(1, summary.Passes);
    }

    [Fact]
    public void Add_StillRollerWithNonZeroRate_IsNotIntegrated()
    {
        var noisy = Enumerable.Range(1, 1000).Select(k => new RollerMotion(S(k / 100.0), 0.2, 0.015, IsRolling: false, AxisSignKnown: true));

        var summary = Summarise(noisy, end: 10);

        Assert.Equal(0, summary.RollingSeconds);
        Assert.Equal(0, summary.RolledDistanceMeters);
        Assert.Equal(0, summary.Passes);
        Assert.Null(summary.MeanRollingSpeedMetersPerSecond);
    }

    [Fact]
    public void RolledDistance_TenSecondsAtTwoCentimetresPerSecond_IsTwentyCentimetres()
    {
        var summary = Summarise(Still(-0.01, 0).Concat(Rolling(0, 10, 0.02, 1)).Concat(Still(10, 15)), end: 15);

        Assert.Equal(10, summary.RollingSeconds, 1e-6);
        Assert.Equal(0.20, summary.RolledDistanceMeters, 1e-6);
    }

    [Fact]
    public void RollingSpeed_TwoSpeeds_MeanIsTimeWeightedAndMedianIsTheMajoritySpeed()
    {
        // 10 s at 2 cm/s and 30 s at 4 cm/s, with a still stretch between that must not count.
        var motions = Still(-0.01, 0)
            .Concat(Rolling(0, 10, 0.02, 1))
            .Concat(Still(10, 20))
            .Concat(Rolling(20, 50, 0.04, -1));

        var summary = Summarise(motions, end: 50);

        Assert.Equal(0.035, summary.MeanRollingSpeedMetersPerSecond!.Value, 1e-6);
        Assert.InRange(summary.MedianRollingSpeedMetersPerSecond!.Value, 0.04 - 0.0005, 0.04 + 0.0005);
    }

    [Fact]
    public void MedianSpeed_FasterThanTheHistogramTop_CapsAtTheTop()
    {
        var summary = Summarise(Rolling(0, 10, 0.8, 1), end: 10);

        Assert.Equal(0.5, summary.MedianRollingSpeedMetersPerSecond);
        Assert.Equal(0.8, summary.MeanRollingSpeedMetersPerSecond!.Value, 1e-9);
    }

    [Fact]
    public void Add_GapLongerThanTheMaximum_IntegratesOnlyTheMaximum()
    {
        var motions = new[]
        {
            new RollerMotion(S(1), 0.3, 0.02, IsRolling: true, AxisSignKnown: true),
            new RollerMotion(S(6), 0.3, 0.02, IsRolling: true, AxisSignKnown: true),
        };

        var summary = Summarise(motions, end: 6);

        Assert.Equal(0.5, summary.RollingSeconds, 1e-9);
        Assert.Equal(0.01, summary.RolledDistanceMeters, 1e-9);
    }

    [Fact]
    public void Add_NonFiniteMotion_IsIgnored()
    {
        var motions = Rolling(0, 5, 0.02, 1)
            .Append(new RollerMotion(S(5.005), double.NaN, double.PositiveInfinity, IsRolling: true, AxisSignKnown: true));

        var summary = Summarise(motions, end: 6);

        // The first sample has no predecessor: rolling counts from 0.01 s to 5 s.
        Assert.Equal(0.0998, summary.RolledDistanceMeters, 1e-6);
    }

    [Fact]
    public void TooFastSeconds_TenSecondsAtSixCentimetresPerSecond_CountsFromEnteringToClearing()
    {
        // 10 Hz readings: 5 s still, 10 s at 6 cm/s, 5 s still. The 1-s average (10 readings) passes 5 cm/s at the
        // 9th fast reading (5.4 cm/s, t = 5.8 s) and falls below 4 cm/s at the 4th still one (3.6 cm/s, t = 15.3 s).
        var summary = SummariseSpeeds(k => k is >= 50 and < 150 ? 0.06 : 0, readings: 200, end: 20);

        Assert.Equal(9.5, summary.TooFastSeconds, 1e-9);
    }

    [Fact]
    public void TooFastSeconds_AverageBetweenTheThresholdsNeverAbove_CountsNothing()
    {
        var summary = SummariseSpeeds(_ => 0.045, readings: 300, end: 30);

        Assert.Equal(0, summary.TooFastSeconds);
    }

    [Fact]
    public void TooFastSeconds_AverageDropsBetweenTheThresholds_StaysActiveUntilBelowClear()
    {
        // 1 s still, 3 s at 6 cm/s enters the rule; 4.5 cm/s afterwards is above the 4 cm/s clear threshold, so it holds.
        var summary = SummariseSpeeds(k => k switch { < 10 => 0, < 40 => 0.06, _ => 0.045 }, readings: 100, end: 10);

        // Active from the 9th fast reading (t = 1.8 s) to the end of the last reading's hold (9.9 s + 0.1 s).
        Assert.Equal(8.2, summary.TooFastSeconds, 1e-9);
    }

    [Fact]
    public void TooFastSeconds_FastFromTheFirstReading_AveragesWhatTheWindowHolds()
    {
        // Before a full second of readings exists, the average is over the readings so far.
        var summary = SummariseSpeeds(_ => 0.06, readings: 10, end: 1);

        Assert.Equal(1, summary.TooFastSeconds, 1e-9);
    }

    [Fact]
    public void TooFastSeconds_EpisodeOpenAtSnapshot_HoldsUpToTheMaximumGap()
    {
        var summariser = new SessionSummariser();
        for (var k = 0; k < 30; k++)
        {
            summariser.Add(new SpeedReading(S(k / 10.0), k < 10 ? 0 : 0.08));
        }

        // Active from the 7th fast reading (t = 1.6 s: 7 × 8 / 10 = 5.6 > 5) to the last one (2.9 s), then held.
        Assert.Equal(1.5, summariser.Snapshot(S(3.1)).TooFastSeconds, 1e-9);
        Assert.Equal(1.8, summariser.Snapshot(S(60)).TooFastSeconds, 1e-9);
    }

    [Fact]
    public void AlertCounts_SeveralKinds_CountsAndTimesPerKind()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new Alert(S(12), AlertKind.TooFast));
        summariser.Add(new Alert(S(48.2), AlertKind.Lumbar));
        summariser.Add(new Alert(S(71), AlertKind.TooFast));

        var summary = summariser.Snapshot(S(100));

        Assert.Equal(new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 2, [AlertKind.Lumbar] = 1 }, summary.AlertCounts);
        Assert.Equal([S(12), S(71)], summary.AlertTimes[AlertKind.TooFast]);
        Assert.Equal([S(48.2)], summary.AlertTimes[AlertKind.Lumbar]);
        Assert.False(summary.AlertTimes.ContainsKey(AlertKind.Neck));
    }

    [Fact]
    public void Pauses_StillForTwentyFiveSecondsBetweenRolling_FindsOnePauseInTheZone()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        Feed(summariser, Rolling(0, 10, 0.025, 1).Concat(Still(10, 35)).Concat(Rolling(35, 45, 0.025, 1)));

        var pause = Assert.Single(summariser.Snapshot(S(45)).Pauses);

        // The dwell may start up to 3 cm (1.2 s at 2.5 cm/s) before the stop and end up to 3 cm after the restart.
        Assert.InRange(pause.Start, S(8.8), S(10));
        Assert.InRange(pause.End, S(35), S(36.2));
        Assert.Equal(BodyZone.Glutes, pause.Zone);
        Assert.Equal(BodySide.Left, pause.Side);
    }

    [Fact]
    public void Pauses_RockingWithinTwoCentimetres_CountsAsOnePause()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        Feed(summariser, Rolling(0, 10, 0.025, 1).Concat(Strokes(10, 25, 0.01, 0.01)).Concat(Rolling(35, 45, 0.025, -1)));

        var pause = Assert.Single(summariser.Snapshot(S(45)).Pauses);

        Assert.True(pause.Duration >= S(25), $"pause lasted {pause.Duration}");
    }

    [Fact]
    public void Pauses_StillForFifteenSeconds_IsTooShort()
    {
        var summary = Summarise(Rolling(0, 10, 0.025, 1).Concat(Still(10, 25)).Concat(Rolling(25, 35, 0.025, 1)), end: 35);

        Assert.Empty(summary.Pauses);
    }

    [Fact]
    public void Pauses_StillBeforeTheFirstRoll_IsSettingUpNotAPause()
    {
        var summary = Summarise(Still(0, 30).Concat(Rolling(30, 40, 0.025, 1)), end: 40);

        Assert.Empty(summary.Pauses);
    }

    [Fact]
    public void Pauses_StillAtTheEndWithoutRollingAgain_IsNotYetAPause()
    {
        var summary = Summarise(Rolling(0, 10, 0.025, 1).Concat(Still(10, 60)), end: 60);

        Assert.Empty(summary.Pauses);
    }

    [Fact]
    public void Pauses_OffTheBodyWhileZonesAreKnown_IsARestNotAPause()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(10), BodyZone.None, null, RoutineMove.None));
        summariser.Add(new ZoneUpdate(S(40), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        Feed(summariser, Rolling(0, 10, 0.025, 1).Concat(Still(10, 40)).Concat(Rolling(40, 50, 0.025, 1)));

        Assert.Empty(summariser.Snapshot(S(50)).Pauses);
    }

    [Fact]
    public void Pauses_NoZoneInformation_CountsWithZoneNone()
    {
        var summary = Summarise(Rolling(0, 10, 0.025, 1).Concat(Still(10, 40)).Concat(Rolling(40, 50, 0.025, 1)), end: 50);

        var pause = Assert.Single(summary.Pauses);
        Assert.Equal(BodyZone.None, pause.Zone);
        Assert.Null(pause.Side);
    }

    [Fact]
    public void Pauses_ZoneChangesDuringThePause_TakesTheZoneOfMostOfIt()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Right, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(15), BodyZone.Hamstrings, BodySide.Right, RoutineMove.Glutes));
        Feed(summariser, Rolling(0, 10, 0.025, 1).Concat(Still(10, 40)).Concat(Rolling(40, 50, 0.025, 1)));

        var pause = Assert.Single(summariser.Snapshot(S(50)).Pauses);

        Assert.Equal(BodyZone.Hamstrings, pause.Zone);
    }

    [Fact]
    public void Adherence_MixedMoveTimes_JudgesEachMoveAndForbiddenTime()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(90), BodyZone.HipFlexors, BodySide.Left, RoutineMove.HipFlexors));
        summariser.Add(new ZoneUpdate(S(120), BodyZone.Hamstrings, null, RoutineMove.Hamstrings));
        summariser.Add(new ZoneUpdate(S(250), BodyZone.Lumbar, null, RoutineMove.UpperBack));
        summariser.Add(new ZoneUpdate(S(252), BodyZone.None, null, RoutineMove.None));

        var adherence = summariser.Snapshot(S(260)).Adherence!;

        Assert.Equal(
            [
                new MoveAdherence(RoutineMove.Glutes, 90, MoveVerdict.InRange),
                new MoveAdherence(RoutineMove.HipFlexors, 30, MoveVerdict.TooShort),
                new MoveAdherence(RoutineMove.Hamstrings, 130, MoveVerdict.TooLong),
                new MoveAdherence(RoutineMove.UpperBack, 2, MoveVerdict.Missing),
            ],
            adherence.Moves);
        Assert.Equal(2, adherence.LumbarSeconds, Tolerance);
        Assert.Equal(0, adherence.NeckSeconds);
        Assert.False(adherence.IsFollowed);
    }

    [Theory]
    [InlineData(4.99, MoveVerdict.Missing)]
    [InlineData(5, MoveVerdict.TooShort)]
    [InlineData(59.99, MoveVerdict.TooShort)]
    [InlineData(60, MoveVerdict.InRange)]
    [InlineData(120, MoveVerdict.InRange)]
    [InlineData(120.01, MoveVerdict.TooLong)]
    public void Adherence_MoveTimeAtTheBoundaries_GetsTheVerdict(double seconds, MoveVerdict expected)
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        summariser.Add(new ZoneUpdate(S(seconds), BodyZone.None, null, RoutineMove.None));

        var move = summariser.Snapshot(S(200)).Adherence!.Moves[3];

        Assert.Equal(RoutineMove.UpperBack, move.Move);
        Assert.Equal(expected, move.Verdict);
    }

    [Fact]
    public void Adherence_AllFourMovesInRangeAndNoForbiddenTime_IsFollowed()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(90), BodyZone.HipFlexors, BodySide.Right, RoutineMove.HipFlexors));
        summariser.Add(new ZoneUpdate(S(180), BodyZone.Hamstrings, null, RoutineMove.Hamstrings));
        summariser.Add(new ZoneUpdate(S(270), BodyZone.UpperBack, null, RoutineMove.UpperBack));

        var adherence = summariser.Snapshot(S(360)).Adherence!;

        Assert.True(adherence.IsFollowed);
    }

    [Fact]
    public void Adherence_MoveWhileOffTheBody_DoesNotCount()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.None, null, RoutineMove.Glutes));
        summariser.Add(new ZoneUpdate(S(100), BodyZone.Glutes, BodySide.Left, RoutineMove.Glutes));

        var glutes = summariser.Snapshot(S(130)).Adherence!.Moves[0];

        Assert.Equal(30, glutes.Seconds, Tolerance);
    }

    [Fact]
    public void Snapshot_ThreeHourSessionWithAZoneChangeEveryTenSeconds_SumsExactly()
    {
        var summariser = new SessionSummariser();
        var zones = new[] { BodyZone.Glutes, BodyZone.None, BodyZone.UpperBack, BodyZone.Hamstrings };
        for (var k = 0; k < 1080; k++)
        {
            summariser.Add(new ZoneUpdate(S(k * 10), zones[k % zones.Length], null, RoutineMove.None));
        }

        var summary = summariser.Snapshot(TimeSpan.FromHours(3));

        Assert.Equal(10_800, summary.PerZoneSeconds.Values.Sum(), 1e-6);
        Assert.Equal(2_700, summary.PerZoneSeconds[BodyZone.UpperBack], 1e-6);
        Assert.Equal(1_080, summariser.Timeline(TimeSpan.FromHours(3)).Count);
    }

    [Fact]
    public void Add_MotionAndSpeedSamples_AllocateNothing()
    {
        var summariser = new SessionSummariser();
        summariser.Add(new ZoneUpdate(S(0), BodyZone.UpperBack, null, RoutineMove.UpperBack));
        var motions = Strokes(0, 40, 0.05, 0.025).ToArray();
        var speeds = Enumerable.Range(0, 800).Select(k => new SpeedReading(S(k / 10.0), k % 50 < 25 ? 0.06 : 0.01)).ToArray();

        // Warm up so JIT work is not counted, then measure the steady state.
        for (var i = 0; i < 100; i++)
        {
            summariser.Add(motions[i]);
            summariser.Add(speeds[i]);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 100; i < motions.Length; i++)
        {
            summariser.Add(motions[i]);
            summariser.Add(speeds[i % speeds.Length]);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Constructor_InvalidSettings_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionSummariser(new SummarySettings { PauseSpanMeters = 0 }));
    }

    [Fact]
    public void Summarise_NullStream_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SessionSummariser.Summarise(null!, [], [], [], TimeSpan.Zero, SummarySettings.Default));
    }

    private static SessionSummary Summarise(IEnumerable<RollerMotion> motions, double end) =>
        SessionSummariser.Summarise([], motions, [], [], S(end), SummarySettings.Default);

    private static SessionSummary SummariseSpeeds(Func<int, double> speedAt, int readings, double end) =>
        SessionSummariser.Summarise(
            [], [], Enumerable.Range(0, readings).Select(k => new SpeedReading(S(k / 10.0), speedAt(k))), [], S(end), SummarySettings.Default);

    private static void Feed(SessionSummariser summariser, IEnumerable<RollerMotion> motions)
    {
        foreach (var motion in motions)
        {
            summariser.Add(motion);
        }
    }
}
