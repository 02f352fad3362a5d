using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage;
using BackCareRoller.Storage.Sessions;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Cli.Tests;

/// <summary>A real session database in a temporary directory, filled through the public store API.</summary>
internal sealed class SessionsTestDatabase : IDisposable
{
    // Monday 10 March 2025, 07:30 UTC.
    public static readonly DateTimeOffset Monday = new(2025, 3, 10, 7, 30, 0, TimeSpan.Zero);

    public SessionsTestDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "backcare-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "backcare.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public async Task<long> SaveAsync(
        DateTimeOffset start, double glutesSeconds = 75, double upperBackSeconds = 65, SessionCheckIns? checkIns = null, string source = "morning.csv")
    {
        using var store = await SessionStore.OpenAsync(Path, TimeProvider.System);
        var record = new SessionRecord
        {
            StartedAt = start,
            Devices = ["BCR-Roller 7F:21", "phone:hip"],
            Setup = new SessionSetup(178, 15),
            Source = source,
        };
        return await store.SaveCompletedAsync(record, Report(glutesSeconds, upperBackSeconds) with { CheckIns = checkIns });
    }

    /// <summary>A session with pain before and after (null: skipped), check-ins a minute before and 15 minutes after its start.</summary>
    public Task<long> SaveWithPainAsync(DateTimeOffset start, int? before, int? after, PainCharacter? character = null, int? days = null) =>
        SaveAsync(start, checkIns: new SessionCheckIns(
            before is { } b ? new CheckIn { RecordedAt = start.AddMinutes(-1), Pain = b, Character = character, DaysSinceStart = days } : null,
            after is { } a ? new CheckIn { RecordedAt = start.AddMinutes(15), Pain = a } : null));

    public async Task<SessionCheckIns?> CheckInsAsync(long id)
    {
        using var store = await SessionStore.OpenAsync(Path, TimeProvider.System);
        return await store.GetCheckInsAsync(id);
    }

    public static SessionReport Report(double glutesSeconds, double upperBackSeconds)
    {
        var t1 = TimeSpan.FromSeconds(2 + glutesSeconds);
        var t2 = t1 + TimeSpan.FromSeconds(3);
        var t3 = t2 + TimeSpan.FromSeconds(upperBackSeconds);
        var speed = new List<SpeedReading>();
        for (var i = 0; i < (int)(t3.TotalSeconds * 10); i++)
        {
            speed.Add(new SpeedReading(TimeSpan.FromSeconds(i / 10.0), i % 100 < 5 ? 0.07 : 0.025));
        }

        return new SessionReport
        {
            DurationSeconds = t3.TotalSeconds,
            Zones =
            [
                new ZoneInterval(TimeSpan.Zero, TimeSpan.FromSeconds(2), BodyZone.None, null),
                new ZoneInterval(TimeSpan.FromSeconds(2), t1, BodyZone.Glutes, BodySide.Left),
                new ZoneInterval(t1, t2, BodyZone.Lumbar, null),
                new ZoneInterval(t2, t3, BodyZone.UpperBack, null),
            ],
            Alerts = [new Alert(TimeSpan.FromSeconds(10.5), AlertKind.TooFast), new Alert(t1 + TimeSpan.FromSeconds(0.2), AlertKind.Lumbar)],
            Speed = speed,
            Summary = new SessionSummary
            {
                PerZoneSeconds = new Dictionary<BodyZone, double>
                {
                    [BodyZone.None] = 2,
                    [BodyZone.Glutes] = glutesSeconds,
                    [BodyZone.Lumbar] = 3,
                    [BodyZone.UpperBack] = upperBackSeconds,
                },
                PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>
                {
                    [BodyZone.Glutes] = new Dictionary<BodySide, double> { [BodySide.Left] = glutesSeconds },
                },
                TooFastSeconds = 2.5,
                AlertCounts = new Dictionary<AlertKind, int> { [AlertKind.TooFast] = 1, [AlertKind.Lumbar] = 1 },
            },
        };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
