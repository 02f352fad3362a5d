using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Tests.Simulation;

public sealed class SimulationTruthTests
{
    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void Zones_AnySeed_GapFreeAndCoverTheSession(int seed)
    {
        var truth = Simulations.Default(seed).Truth;

        Assert.Equal(TimeSpan.Zero, truth.Zones[0].Start);
        Assert.Equal(truth.Duration, truth.Zones[^1].End);
        for (var i = 1; i < truth.Zones.Count; i++)
        {
            Assert.Equal(truth.Zones[i - 1].End, truth.Zones[i].Start);
            Assert.True(truth.Zones[i].End > truth.Zones[i].Start);
            Assert.True(truth.Zones[i - 1].Zone != truth.Zones[i].Zone || truth.Zones[i - 1].Side != truth.Zones[i].Side);
        }

        var covered = truth.PerZoneSeconds.Values.Sum() + truth.Zones.Where(z => z.Zone == BodyZone.None).Sum(z => (z.End - z.Start).TotalSeconds);
        Assert.Equal(truth.Duration.TotalSeconds, covered, 6);
        Assert.Equal(truth.OnRollerSeconds, truth.PerZoneSeconds.Values.Sum(), 1);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void Zones_SideOnlyWhereTheZoneHasSides(int seed)
    {
        var truth = Simulations.Default(seed).Truth;

        Assert.All(truth.Zones, z => Assert.True(z.Side is null || ZoneTable.HasSides(z.Zone)));
        Assert.All(truth.Timeline, p => Assert.True(p.ZoneSide is null || ZoneTable.HasSides(p.Zone)));
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void Timeline_TenHertzPointsMatchingTheZoneTable(int seed)
    {
        var session = Simulations.Default(seed);
        var truth = session.Truth;

        Assert.Equal((int)Math.Floor((truth.Duration.TotalSeconds * 10) + 1e-6) + 1, truth.Timeline.Count);
        for (var i = 0; i < truth.Timeline.Count; i++)
        {
            var point = truth.Timeline[i];
            Assert.Equal(TimeSpan.FromSeconds(i / 10.0), point.Time);
            var expectedZone = point.OnRoller ? ZoneTable.ZoneAt(point.Face!.Value, point.ContactPosition!.Value) : BodyZone.None;
            Assert.Equal(expectedZone, point.Zone);
            Assert.Equal(point.OnRoller ? Math.Abs(point.RollerRateRadiansPerSecond) * session.Scenario.RollerDiameterMeters / 2 : 0, point.SpeedMetersPerSecond, 9);
            Assert.Equal(point.OnRoller, point.Move != RoutineMove.None);
        }
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void TooFastEpisodes_FollowThePublishedRule(int seed)
    {
        var session = Simulations.Default(seed);
        var truth = session.Truth;

        // Starts above 5.0 cm/s, ends below 4.0 cm/s; no timeline point outside an episode is above 5.0 cm/s.
        foreach (var episode in truth.TooFastEpisodes)
        {
            Assert.True(session.TruthAt(episode.Start).AverageSpeedMetersPerSecond > 0.05);
            Assert.True(episode.End == truth.Duration || session.TruthAt(episode.End).AverageSpeedMetersPerSecond < 0.04);
            Assert.True(episode.PeakAverageSpeedMetersPerSecond > 0.05);
        }

        Assert.All(
            truth.Timeline.Where(p => !truth.TooFastEpisodes.Any(e => p.Time >= e.Start && p.Time < e.End)),
            p => Assert.True(p.AverageSpeedMetersPerSecond <= 0.05, $"{p.Time}: {p.AverageSpeedMetersPerSecond}"));
        Assert.Equal(truth.TooFastEpisodes.OrderBy(e => e.Start), truth.TooFastEpisodes);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void ZoneStays_CoverExactlyTheForbiddenZoneTime(int seed)
    {
        var session = Simulations.Default(seed);
        var truth = session.Truth;

        foreach (var stay in truth.ZoneStays)
        {
            Assert.Equal(stay.Zone, session.TruthAt(stay.Entry).Zone);
            Assert.NotEqual(stay.Zone, session.TruthAt(stay.Entry - TimeSpan.FromMilliseconds(1)).Zone);
            Assert.Equal(stay.Duration >= SimulationTruth.ZoneAlertDelay, stay.AlertDue);
            Assert.Equal(stay.Zone, ZoneTable.ZoneAt(BodyFace.Back, stay.DeepestPosition));
        }

        foreach (var point in truth.Timeline.Where(p => p.Zone is BodyZone.Lumbar or BodyZone.Neck))
        {
            Assert.Contains(truth.ZoneStays, s => s.Zone == point.Zone && point.Time >= s.Entry && point.Time < s.Exit);
        }

        var stayed = truth.ZoneStays.GroupBy(s => s.Zone).ToDictionary(g => g.Key, g => g.Sum(s => s.Duration.TotalSeconds));
        foreach (var zone in new[] { BodyZone.Lumbar, BodyZone.Neck })
        {
            Assert.Equal(truth.PerZoneSeconds.GetValueOrDefault(zone), stayed.GetValueOrDefault(zone), 6);
        }
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 10, MemberType = typeof(Simulations))]
    public void DefaultMistakes_LumbarDriftInTheUpperBackAndTooFast(int seed)
    {
        var truth = Simulations.Default(seed).Truth;

        Assert.Contains(truth.ZoneStays, s => s.Zone == BodyZone.Lumbar && s.Move == RoutineMove.UpperBack && s.AlertDue && s.Duration > TimeSpan.FromSeconds(0.5));
        Assert.NotEmpty(truth.TooFastEpisodes);
        Assert.Contains(truth.Mistakes, m => m.Kind == SimulatedMistakeKind.LumbarDrift && m.Move == RoutineMove.UpperBack);
        Assert.Contains(truth.ExpectedAlerts, a => a.Kind == AlertKind.Lumbar);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 10, MemberType = typeof(Simulations))]
    public void NoMistakes_NoTooFastEpisodeAndNoForbiddenZone(int seed)
    {
        var truth = Simulations.Get(new SimulationOptions { Seed = seed, Mistakes = SimulationMistakes.None }).Truth;

        Assert.Empty(truth.TooFastEpisodes);
        Assert.Empty(truth.ZoneStays);
        Assert.Empty(truth.Mistakes);
        Assert.All(truth.Timeline, p => Assert.True(p.AverageSpeedMetersPerSecond < 0.05));
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void ManyMistakes_MoreStaysIncludingNeckAndSeveralTooFast(int seed)
    {
        var many = Simulations.Get(new SimulationOptions { Seed = seed, Mistakes = SimulationMistakes.Many }).Truth;

        Assert.True(many.ZoneStays.Count(s => s.AlertDue) >= 2);
        Assert.Contains(many.ZoneStays, s => s.Zone == BodyZone.Neck && s.AlertDue);
        Assert.True(many.TooFastEpisodes.Count >= 2);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 6, MemberType = typeof(Simulations))]
    public void Moves_RoutineInOrderStartingNearTheAnchors(int seed)
    {
        var truth = Simulations.Default(seed).Truth;
        var order = truth.Moves.Select(m => m.Move).Distinct().ToList();

        Assert.Equal([RoutineMove.Glutes, RoutineMove.HipFlexors, RoutineMove.Hamstrings, RoutineMove.UpperBack], order);

        // The first side of each move starts at the anchor give or take the person's placement (±0.03 H); a second
        // side starts where the first ended, inside the move's band.
        var firstSides = truth.Moves.Where((m, i) => i == 0 || truth.Moves[i - 1].Move != m.Move);
        Assert.All(firstSides, m => Assert.InRange(m.StartPosition, ZoneTable.AnchorFor(m.Move) - 0.0301, ZoneTable.AnchorFor(m.Move) + 0.0301));
        Assert.All(truth.Moves, m => Assert.InRange(m.StartPosition, MoveProfile.For(m.Move).SafeLow - 0.01, MoveProfile.For(m.Move).SafeHigh + 0.01));
        Assert.All(truth.Moves, m => Assert.Equal(ZoneTable.FaceFor(m.Move), m.Face));
        Assert.All(truth.Moves, m => Assert.True(m.Side is null == (m.Move == RoutineMove.UpperBack) || m.Move == RoutineMove.Hamstrings));
    }

    [Fact]
    public void Nuisances_AcrossSeeds_SlipsNudgesLiftsGapsAndLongPauses()
    {
        var truths = Enumerable.Range(0, 8).Select(seed => Simulations.Default(seed).Truth).ToList();

        Assert.Contains(truths, t => t.Slips.Count > 0);
        Assert.All(truths.SelectMany(t => t.Slips), s => Assert.InRange(Math.Abs(s.DistanceMeters), 0.015, 0.05));
        Assert.All(truths, t => Assert.Contains(t.RollerHandlings, h => h.Kind == RollerHandlingKind.Nudge));
        Assert.Contains(truths, t => t.RollerHandlings.Any(h => h.Kind == RollerHandlingKind.Lift));
        Assert.Contains(truths, t => t.SensorGaps.Count > 0);

        // Roller turning while nobody is on it: the truth says off the roller with no speed.
        var handled = truths[0].RollerHandlings.First(h => h.Kind == RollerHandlingKind.Nudge && Math.Abs(h.TurnRadians) > 0.5);
        var session = Simulations.Default(0);
        var during = session.TruthAt(handled.Start + ((handled.End - handled.Start) / 2));
        Assert.False(during.OnRoller);
        Assert.Equal(0, during.SpeedMetersPerSecond);
        Assert.NotEqual(0, during.RollerRateRadiansPerSecond);
    }

    [Fact]
    public void Dwell_SomeBoutPausesTwentyToThirtySeconds()
    {
        var found = Enumerable.Range(0, 8).Any(seed =>
        {
            var plan = Simulations.Default(seed).Plan;
            return plan.Body.Phases.Where(p => p.Kind == PhaseKind.OnRoller).Any(p =>
            {
                var passes = p.Bout!.Contact.Passes;
                return passes.Zip(passes.Skip(1)).Any(pair => pair.Second.Start - pair.First.End is >= 19.9 and <= 30.5);
            });
        });

        Assert.True(found);
    }

    [Theory]
    [MemberData(nameof(Simulations.Seeds), 4, MemberType = typeof(Simulations))]
    public void Postures_InsideTheTableRangesAndTiltedTowardTheRolledSide(int seed)
    {
        var plan = Simulations.Default(seed).Plan;
        foreach (var phase in plan.Body.Phases.Where(p => p.Kind == PhaseKind.OnRoller))
        {
            var bout = phase.Bout!;
            var profile = MoveProfile.For(bout.Move);
            var degrees = 180 / Math.PI;
            Assert.InRange(bout.Recline * degrees, profile.ReclineMinDegrees, profile.ReclineMaxDegrees);
            if (bout.Side is { } side)
            {
                // Rolled about the long axis by the table's angle, with the rolled side's lateral axis below the horizon.
                var pose = Posture.OnRoller(bout.Face, bout.Recline, bout.Tilt, 0);
                var lateral = pose.Rotate(Vec3.UnitZ) * (side == BodySide.Right ? 1 : -1);
                Assert.True(lateral.Z < 0);
                Assert.InRange(Math.Abs(bout.Tilt) * degrees, profile.TiltMinDegrees, profile.TiltMaxDegrees);

                // The same angle is what gravity shows in the pelvis frame, across the long axis (atan2 of z over x).
                var up = pose.Inverse.Rotate(Vec3.UnitZ);
                Assert.Equal(Math.Abs(bout.Tilt), Math.Abs(Math.Atan2(up.Z, Math.Abs(up.X))), 9);
            }
            else
            {
                Assert.InRange(Math.Abs(bout.Tilt * degrees), 0, 5);
            }
        }
    }

    [Fact]
    public void TruthAt_GridTime_EqualsTimelinePoint()
    {
        var session = Simulations.Default(2);
        foreach (var point in session.Truth.Timeline.Where((_, i) => i % 97 == 0))
        {
            var at = session.TruthAt(point.Time);
            Assert.Equal(point.Zone, at.Zone);
            Assert.Equal(point.SpeedMetersPerSecond, at.SpeedMetersPerSecond, 12);
            Assert.Equal(point.AverageSpeedMetersPerSecond, at.AverageSpeedMetersPerSecond, 9);
        }
    }
}
