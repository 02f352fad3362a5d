using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Benchmarks.Storage;

/// <summary>Deterministic sessions of a given length for the storage benchmarks.</summary>
internal static class StorageBenchmarkData
{
    private static readonly BodyZone[] Cycle = [BodyZone.Glutes, BodyZone.None, BodyZone.HipFlexors, BodyZone.None, BodyZone.Hamstrings, BodyZone.None, BodyZone.UpperBack, BodyZone.Lumbar];

    public static SessionRecord Record(DateTimeOffset start) => new()
    {
        StartedAt = start,
        Devices = ["BCR-Roller 7F:21", "phone:hip"],
        Setup = new SessionSetup(178, 15),
    };

    /// <summary>
    /// A report of <paramref name="duration"/>: a zone change every <paramref name="spanSeconds"/> (a jittery estimator
    /// at 2 s gives 3,600 spans in 2 hours), one alert per minute, and the 10 Hz speed series.
    /// </summary>
    public static SessionReport Report(TimeSpan duration, double spanSeconds, bool withSpeed = true)
    {
        var zones = new List<ZoneInterval>();
        var perZone = new Dictionary<BodyZone, double>();
        var span = TimeSpan.FromSeconds(spanSeconds);
        var i = 0;
        for (var t = TimeSpan.Zero; t < duration; t += span, i++)
        {
            var end = t + span < duration ? t + span : duration;
            var zone = Cycle[i % Cycle.Length];
            zones.Add(new ZoneInterval(t, end, zone, ZoneTable.HasSides(zone) ? (i % 2 == 0 ? BodySide.Left : BodySide.Right) : null));
            perZone[zone] = perZone.GetValueOrDefault(zone) + (end - t).TotalSeconds;
        }

        var alerts = new List<Alert>();
        for (var minute = 0; minute < (int)duration.TotalMinutes; minute++)
        {
            alerts.Add(new Alert(TimeSpan.FromMinutes(minute) + TimeSpan.FromSeconds(17), minute % 3 == 0 ? AlertKind.Lumbar : AlertKind.TooFast));
        }

        var speed = new List<SpeedReading>();
        if (withSpeed)
        {
            for (var k = 0; k < (int)(duration.TotalSeconds * 10); k++)
            {
                speed.Add(new SpeedReading(TimeSpan.FromTicks(k * TimeSpan.TicksPerSecond / 10), 0.02 + (0.0001 * (k % 50))));
            }
        }

        return new SessionReport
        {
            DurationSeconds = duration.TotalSeconds,
            Zones = zones,
            Alerts = alerts,
            Speed = speed,
            Summary = new SessionSummary
            {
                PerZoneSeconds = perZone,
                PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
                TooFastSeconds = 30,
                AlertCounts = alerts.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count()),
            },
        };
    }

    public static string TempDatabasePath(string name) =>
        Path.Combine(Path.GetTempPath(), "backcare-benchmarks", $"{name}-{Guid.NewGuid():N}", "backcare.db");
}
