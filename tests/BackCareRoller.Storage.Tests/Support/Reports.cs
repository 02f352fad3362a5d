using System.Numerics;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Storage.Tests.Support;

/// <summary>Deterministic sessions and reports for the storage tests.</summary>
internal static class Reports
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 7, 30, 0, TimeSpan.Zero);

    public static SessionRecord Record(DateTimeOffset? start = null) => new()
    {
        StartedAt = start ?? Start,
        Devices = ["BCR-Roller 7F:21", "phone:hip"],
        Setup = new SessionSetup(178, 15),
        Source = "morning.csv",
    };

    /// <summary>A report whose timeline, alerts and totals agree: glutes left, lumbar drift, upper back.</summary>
    public static SessionReport Sample(double glutesSeconds = 70, double upperBackSeconds = 50)
    {
        var t0 = TimeSpan.FromSeconds(3);
        var t1 = t0 + TimeSpan.FromSeconds(glutesSeconds);
        var t2 = t1 + TimeSpan.FromSeconds(2);
        var t3 = t2 + TimeSpan.FromSeconds(upperBackSeconds);
        var zones = new List<ZoneInterval>
        {
            new(TimeSpan.Zero, t0, BodyZone.None, null),
            new(t0, t1, BodyZone.Glutes, BodySide.Left),
            new(t1, t2, BodyZone.Lumbar, null),
            new(t2, t3, BodyZone.UpperBack, null),
        };
        var alerts = new List<Alert>
        {
            new(t0 + TimeSpan.FromSeconds(10.25), AlertKind.TooFast),
            new(t1 + TimeSpan.FromTicks(2_000_001), AlertKind.Lumbar),
        };
        var speed = new List<SpeedReading>();
        for (var i = 0; i < (int)(t3.TotalSeconds * 10); i++)
        {
            speed.Add(new SpeedReading(TimeSpan.FromMilliseconds(100 * i), 0.01 + (0.0001 * (i % 70))));
        }

        return new SessionReport
        {
            DurationSeconds = t3.TotalSeconds,
            Alerts = alerts,
            Zones = zones,
            Speed = speed,
            Summary = new SessionSummary
            {
                PerZoneSeconds = new Dictionary<BodyZone, double>
                {
                    [BodyZone.None] = 3,
                    [BodyZone.Glutes] = glutesSeconds,
                    [BodyZone.Lumbar] = 2,
                    [BodyZone.UpperBack] = upperBackSeconds,
                },
                PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>
                {
                    [BodyZone.Glutes] = new Dictionary<BodySide, double> { [BodySide.Left] = glutesSeconds },
                },
                TooFastSeconds = 1.75,
                AlertCounts = new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 1, [AlertKind.Lumbar] = 1 },
            },
        };
    }

    public static ImuSample[] RawSamples(int count)
    {
        var samples = new ImuSample[count];
        for (var i = 0; i < count; i++)
        {
            var sensor = i % 2 == 0 ? SensorRole.Roller : SensorRole.Body;
            samples[i] = new ImuSample(
                TimeSpan.FromTicks(25_000L * i), sensor, new Vector3(0.5f * i, 9.81f, -0.25f), new Vector3(0.001f * i, -2.5f, 3.25f));
        }

        return samples;
    }

    public static SessionSummary Summary(double upperBackSeconds) => new()
    {
        PerZoneSeconds = new Dictionary<BodyZone, double> { [BodyZone.UpperBack] = upperBackSeconds },
        PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
        TooFastSeconds = 0.5,
        AlertCounts = new Dictionary<AlertKind, int>(),
    };

    public static void AssertSameSummary(SessionSummary expected, SessionSummary actual)
    {
        Assert.Equal(expected.PerZoneSeconds.OrderBy(p => p.Key), actual.PerZoneSeconds.OrderBy(p => p.Key));
        Assert.Equal(expected.TooFastSeconds, actual.TooFastSeconds);
        Assert.Equal(expected.AlertCounts.OrderBy(p => p.Key), actual.AlertCounts.OrderBy(p => p.Key));
        Assert.Equal(expected.PerZoneSideSeconds.Keys.Order(), actual.PerZoneSideSeconds.Keys.Order());
        foreach (var (zone, sides) in expected.PerZoneSideSeconds)
        {
            Assert.Equal(sides.OrderBy(p => p.Key), actual.PerZoneSideSeconds[zone].OrderBy(p => p.Key));
        }
    }
}
