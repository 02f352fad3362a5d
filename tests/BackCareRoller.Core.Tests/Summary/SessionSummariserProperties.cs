using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Core.Tests.Summary;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 100, EndSize = 30)]
public sealed class SessionSummariserProperties
{
    private const double Tolerance = 1e-6;

    [Property]
    public bool PerZoneSeconds_AnyScenario_SumToTheSessionLength(Scenario scenario)
    {
        var summary = Summarise(scenario, scenario.End);

        return Math.Abs(summary.PerZoneSeconds.Values.Sum() - scenario.SessionLength.TotalSeconds) < Tolerance;
    }

    [Property]
    public bool Timeline_AnyScenario_HasNoGapsOrOverlapsFromZeroToTheEnd(Scenario scenario)
    {
        var timeline = ZoneTimelineBuilder.Build(scenario.Zones, scenario.End);

        if (scenario.SessionLength == TimeSpan.Zero)
        {
            return timeline.Count == 0;
        }

        var joined = true;
        for (var i = 0; i < timeline.Count; i++)
        {
            joined &= timeline[i].End > timeline[i].Start;
            if (i > 0)
            {
                joined &= timeline[i].Start == timeline[i - 1].End;
                joined &= (timeline[i].Zone, timeline[i].Side) != (timeline[i - 1].Zone, timeline[i - 1].Side);
            }
        }

        return joined && timeline[0].Start == TimeSpan.Zero && timeline[^1].End == scenario.SessionLength;
    }

    [Property]
    public bool Timeline_AnyScenario_AgreesWithPerZoneSeconds(Scenario scenario)
    {
        var summary = Summarise(scenario, scenario.End);
        var timeline = ZoneTimelineBuilder.Build(scenario.Zones, scenario.End);

        var fromTimeline = timeline.GroupBy(span => span.Zone).ToDictionary(g => g.Key, g => g.Sum(span => (span.End - span.Start).TotalSeconds));
        return fromTimeline.Count == summary.PerZoneSeconds.Count
            && fromTimeline.All(pair => Math.Abs(summary.PerZoneSeconds[pair.Key] - pair.Value) < Tolerance);
    }

    [Property]
    public bool Snapshot_AnyInterleavingWithSnapshotsBetween_EqualsOneShot(Scenario scenario)
    {
        // Live, streams arrive interleaved in any order and the web asks for snapshots along the way.
        var random = new Random(scenario.Seed);
        var summariser = new SessionSummariser();
        int z = 0, m = 0, s = 0, a = 0;
        while (z < scenario.Zones.Count || m < scenario.Motions.Count || s < scenario.Speeds.Count || a < scenario.Alerts.Count)
        {
            // Mostly inputs, from a random stream; now and then a snapshot at a random time.
            var pick = random.Next(1000);
            switch (pick < 996 ? pick % 4 : 4)
            {
                case 0 when z < scenario.Zones.Count: summariser.Add(scenario.Zones[z++]); break;
                case 1 when m < scenario.Motions.Count: summariser.Add(scenario.Motions[m++]); break;
                case 2 when s < scenario.Speeds.Count: summariser.Add(scenario.Speeds[s++]); break;
                case 3 when a < scenario.Alerts.Count: summariser.Add(scenario.Alerts[a++]); break;
                case 4: _ = summariser.Snapshot(TimeSpan.FromSeconds(random.Next(0, 1000))); break;
            }
        }

        return SummaryFingerprint.Of(summariser.Snapshot(scenario.End)) == SummaryFingerprint.Of(Summarise(scenario, scenario.End));
    }

    [Property]
    public bool Snapshot_MidSessionInTimeOrder_EqualsOneShotOfTheInputSoFar(Scenario scenario, PositiveInt cutPercent)
    {
        // What the live view shows at time `cut` is what analyze would report for the recording cut there.
        var cut = scenario.End * ((cutPercent.Get % 100) / 100.0);
        var summariser = new SessionSummariser();
        foreach (var zone in scenario.Zones.Where(x => x.Time <= cut))
        {
            summariser.Add(zone);
        }

        foreach (var motion in scenario.Motions.Where(x => x.Time <= cut))
        {
            summariser.Add(motion);
        }

        foreach (var speed in scenario.Speeds.Where(x => x.Time <= cut))
        {
            summariser.Add(speed);
        }

        foreach (var alert in scenario.Alerts.Where(x => x.Time <= cut))
        {
            summariser.Add(alert);
        }

        var oneShot = SessionSummariser.Summarise(
            scenario.Zones.Where(x => x.Time <= cut),
            scenario.Motions.Where(x => x.Time <= cut),
            scenario.Speeds.Where(x => x.Time <= cut),
            scenario.Alerts.Where(x => x.Time <= cut),
            cut,
            SummarySettings.Default);
        return SummaryFingerprint.Of(summariser.Snapshot(cut)) == SummaryFingerprint.Of(oneShot);
    }

    [Property]
    public bool Passes_AnyScenario_EachTravelsAtLeastTheMinimum(Scenario scenario)
    {
        var summary = Summarise(scenario, scenario.End);

        return summary.Passes * SummarySettings.Default.MinimumPassTravelMeters <= summary.RolledDistanceMeters + 1e-9;
    }

    [Property]
    public bool Pauses_AnyScenario_AreLongEnoughAndInTimeOrder(Scenario scenario)
    {
        var pauses = Summarise(scenario, scenario.End).Pauses;

        return pauses.All(p => p.Duration >= SummarySettings.Default.PauseMinimumDwell)
            && pauses.Zip(pauses.Skip(1), (earlier, later) => earlier.End < later.Start).All(ordered => ordered);
    }

    private static Reports.SessionSummary Summarise(Scenario scenario, TimeSpan end) =>
        SessionSummariser.Summarise(scenario.Zones, scenario.Motions, scenario.Speeds, scenario.Alerts, end, SummarySettings.Default);

    /// <summary>A generated session: the four input streams, each in time order, and the session end.</summary>
    public sealed record Scenario(
        IReadOnlyList<ZoneUpdate> Zones,
        IReadOnlyList<RollerMotion> Motions,
        IReadOnlyList<SpeedReading> Speeds,
        IReadOnlyList<Alert> Alerts,
        TimeSpan End,
        int Seed)
    {
        public TimeSpan SessionLength => Zones.Count > 0 && Zones[^1].Time > End ? Zones[^1].Time : End;

        public override string ToString() =>
            $"zones={Zones.Count} motions={Motions.Count} speeds={Speeds.Count} alerts={Alerts.Count} end={End} seed={Seed}";
    }

    /// <summary>Generators restricted to the physical domain: sessions up to a few minutes, speeds up to 20 cm/s.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Scenario> Scenarios() =>
            (from zoneSteps in Gen.ListOf(ZoneStep)
             from motionSteps in Gen.ListOf(MotionStep)
             from alertSteps in Gen.ListOf(AlertStep)
             from tailMs in Gen.Choose(-20_000, 20_000)
             from seed in Gen.Choose(0, int.MaxValue)
             select Build(zoneSteps, motionSteps, alertSteps, tailMs, seed)).ToArbitrary();

        private static Gen<(int GapMs, int Zone, int Side, int Move)> ZoneStep =>
            from gapMs in Gen.Choose(0, 40_000)
            from zone in Gen.Choose(0, 8)
            from side in Gen.Choose(0, 2)
            from move in Gen.Choose(0, 4)
            select (gapMs, zone, side, move);

        private static Gen<(int DurationMs, bool Rolling, int SpeedMmPerS, int Direction, int Hz)> MotionStep =>
            from durationMs in Gen.Choose(0, 30_000)
            from rolling in Gen.Elements(true, true, false)
            from speed in Gen.Choose(0, 200)
            from direction in Gen.Elements(-1, 1)
            from hz in Gen.Elements(25, 50, 100)
            select (durationMs, rolling, speed, direction, hz);

        private static Gen<(int GapMs, int Kind)> AlertStep =>
            from gapMs in Gen.Choose(0, 30_000)
            from kind in Gen.Choose(0, 2)
            select (gapMs, kind);

        private static Scenario Build(
            IList<(int GapMs, int Zone, int Side, int Move)> zoneSteps,
            IList<(int DurationMs, bool Rolling, int SpeedMmPerS, int Direction, int Hz)> motionSteps,
            IList<(int GapMs, int Kind)> alertSteps,
            int tailMs,
            int seed)
        {
            var zones = new List<ZoneUpdate>();
            var t = 0L;
            foreach (var (gapMs, zone, side, move) in zoneSteps)
            {
                t += gapMs;
                zones.Add(new ZoneUpdate(TimeSpan.FromMilliseconds(t), (BodyZone)zone, side == 2 ? null : (BodySide)side, (RoutineMove)move));
            }

            var motions = new List<RollerMotion>();
            var speeds = new List<SpeedReading>();
            var startMs = 0L;
            foreach (var (durationMs, rolling, speedMm, direction, hz) in motionSteps)
            {
                var speed = rolling ? speedMm / 1000.0 : 0;
                var periodTicks = TimeSpan.TicksPerSecond / hz;
                var start = TimeSpan.FromMilliseconds(startMs);
                var end = TimeSpan.FromMilliseconds(startMs + durationMs);
                for (var time = start; time < end; time += TimeSpan.FromTicks(periodTicks))
                {
                    motions.Add(new RollerMotion(time, direction * speed / 0.075, speed, rolling && speed > 0, AxisSignKnown: true));
                }

                for (var time = TimeSpan.FromMilliseconds(((startMs + 99) / 100) * 100); time < end; time += TimeSpan.FromMilliseconds(100))
                {
                    speeds.Add(new SpeedReading(time, speed));
                }

                startMs += durationMs;
            }

            var alerts = new List<Alert>();
            var alertMs = 0L;
            foreach (var (gapMs, kind) in alertSteps)
            {
                alertMs += gapMs;
                alerts.Add(new Alert(TimeSpan.FromMilliseconds(alertMs), (AlertKind)kind));
            }

            var last = Math.Max(Math.Max(t, startMs), alertMs);
            var endMs = Math.Max(0, last + tailMs);
            return new Scenario(zones, motions, speeds, alerts, TimeSpan.FromMilliseconds(endMs), seed);
        }
    }
}
