using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Reports;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Formats.Tests.Reports;

[Properties(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
public sealed class ReportJsonProperties
{
    [Property]
    public bool Serialize_AnyReportReadBack_WritesTheSameJson(SessionReport report)
    {
        var json = ReportJson.Serialize(report);

        return ReportJson.Serialize(ReportJson.Deserialize(json)) == json;
    }

    [Property]
    public bool Deserialize_AnyReport_KeepsValuesWithinTheRounding(SessionReport report)
    {
        var back = ReportJson.Deserialize(ReportJson.Serialize(report));

        // Instants to 0.5 ms, speeds to 0.005 cm/s, durations to 0.005 s.
        return Math.Abs(back.DurationSeconds - report.DurationSeconds) <= 0.0005 + 1e-9
            && back.Zones.Zip(report.Zones).All(p => (p.First.Zone, p.First.Side) == (p.Second.Zone, p.Second.Side)
                && (p.First.Start - p.Second.Start).Duration() <= TimeSpan.FromMilliseconds(0.5))
            && back.Speed.Zip(report.Speed).All(p => Math.Abs(p.First.SpeedMetersPerSecond - p.Second.SpeedMetersPerSecond) <= 0.00005 + 1e-12)
            && back.Alerts.Zip(report.Alerts).All(p => p.First.Kind == p.Second.Kind)
            && back.Summary.PerZoneSeconds.Count == report.Summary.PerZoneSeconds.Count
            && back.Summary.PerZoneSeconds.All(p => Math.Abs(p.Value - report.Summary.PerZoneSeconds[p.Key]) <= 0.005 + 1e-9);
    }

    /// <summary>Reports in the physical domain: sessions up to an hour, speeds up to 50 cm/s.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<SessionReport> Reports() =>
            (from duration in Gen.Choose(0, 3_600_000)
             from zones in Gen.ListOf(from ms in Gen.Choose(0, 3_600_000) from zone in Gen.Choose(0, 8) from side in Gen.Choose(0, 2) select (ms, zone, side))
             from speeds in Gen.ListOf(from ms in Gen.Choose(0, 3_600_000) from speed in Gen.Choose(0, 500_000) select (ms, speed))
             from alerts in Gen.ListOf(from ms in Gen.Choose(0, 3_600_000) from kind in Gen.Choose(0, 2) select (ms, kind))
             from perZone in Gen.ListOf(from zone in Gen.Choose(0, 8) from micro in Gen.Choose(0, int.MaxValue) select (zone, micro))
             from tooFast in Gen.Choose(0, 100_000_000)
             select Build(duration, zones, speeds, alerts, perZone, tooFast)).ToArbitrary();

        private static SessionReport Build(
            int durationMs,
            IList<(int Ms, int Zone, int Side)> zones,
            IList<(int Ms, int Speed)> speeds,
            IList<(int Ms, int Kind)> alerts,
            IList<(int Zone, int Micro)> perZone,
            int tooFastMicro)
        {
            // Sub-millisecond fractions (the 0.3 below) exercise the rounding.
            var sorted = zones.OrderBy(z => z.Ms).ToArray();
            var spans = new ZoneInterval[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                var end = i + 1 < sorted.Length ? sorted[i + 1].Ms : durationMs;
                spans[i] = new ZoneInterval(
                    TimeSpan.FromMilliseconds(sorted[i].Ms + 0.3),
                    TimeSpan.FromMilliseconds(Math.Max(end, sorted[i].Ms) + 0.3),
                    (BodyZone)sorted[i].Zone,
                    sorted[i].Side == 2 ? null : (BodySide)sorted[i].Side);
            }

            return new SessionReport
            {
                DurationSeconds = (durationMs + 0.3) / 1000.0,
                Zones = spans,
                Speed = speeds.Select(s => new SpeedReading(TimeSpan.FromMilliseconds(s.Ms), s.Speed / 1e6)).ToArray(),
                Alerts = alerts.Select(a => new Alert(TimeSpan.FromMilliseconds(a.Ms + 0.3), (AlertKind)a.Kind)).ToArray(),
                Summary = new SessionSummary
                {
                    PerZoneSeconds = perZone.GroupBy(p => (BodyZone)p.Zone).ToDictionary(g => g.Key, g => g.First().Micro / 1e6),
                    PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
                    TooFastSeconds = tooFastMicro / 1e6,
                    AlertCounts = alerts.GroupBy(a => (AlertKind)a.Kind).ToDictionary(g => g.Key, g => g.Count()),
                },
            };
        }
    }
}
