using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Charts.Tests;

/// <summary>A believable routine: glutes, hip flexors, hamstrings, upper back with a drift into the lumbar zone.</summary>
internal static class SampleReports
{
    public static SessionReport Routine()
    {
        var spans = new (double Seconds, BodyZone Zone, BodySide? Side)[]
        {
            (5, BodyZone.None, null),
            (75, BodyZone.Glutes, BodySide.Left),
            (10, BodyZone.None, null),
            (40, BodyZone.HipFlexors, BodySide.Right),
            (10, BodyZone.None, null),
            (150, BodyZone.Hamstrings, null),
            (10, BodyZone.None, null),
            (50, BodyZone.UpperBack, null),
            (4, BodyZone.Lumbar, null),
            (30, BodyZone.UpperBack, null),
            (6, BodyZone.None, null),
        };
        var zones = new List<ZoneInterval>();
        var perZone = new Dictionary<BodyZone, double>();
        var t = TimeSpan.Zero;
        foreach (var (seconds, zone, side) in spans)
        {
            var end = t + TimeSpan.FromSeconds(seconds);
            zones.Add(new ZoneInterval(t, end, zone, side));
            perZone[zone] = perZone.GetValueOrDefault(zone) + seconds;
            t = end;
        }

        var speed = new List<SpeedReading>();
        for (var i = 0; i < (int)(t.TotalSeconds * 10); i++)
        {
            // Slow rolling with a fast burst around 1:00 and 4:40.
            var seconds = i / 10.0;
            var burst = (seconds is > 55 and < 62) || (seconds is > 278 and < 283) ? 4.5 : 0;
            speed.Add(new SpeedReading(TimeSpan.FromSeconds(seconds), (2.4 + Math.Sin(seconds / 2.0) + burst) / 100.0));
        }

        return new SessionReport
        {
            DurationSeconds = t.TotalSeconds,
            Zones = zones,
            Speed = speed,
            Alerts =
            [
                new Alert(TimeSpan.FromSeconds(56.3), AlertKind.TooFast),
                new Alert(TimeSpan.FromSeconds(279.0), AlertKind.TooFast),
                new Alert(TimeSpan.FromSeconds(350.2), AlertKind.Lumbar),
            ],
            Summary = new SessionSummary
            {
                PerZoneSeconds = perZone,
                PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>
                {
                    [BodyZone.Glutes] = new Dictionary<BodySide, double> { [BodySide.Left] = 75 },
                    [BodyZone.HipFlexors] = new Dictionary<BodySide, double> { [BodySide.Right] = 40 },
                },
                TooFastSeconds = 9.5,
                AlertCounts = new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 2, [AlertKind.Lumbar] = 1 },
            },
        };
    }

    public static SessionReport Empty() => new()
    {
        DurationSeconds = 0,
        Zones = [],
        Speed = [],
        Alerts = [],
        Summary = new SessionSummary
        {
            PerZoneSeconds = new Dictionary<BodyZone, double>(),
            PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
            TooFastSeconds = 0,
            AlertCounts = new Dictionary<AlertKind, int>(),
        },
    };
}
