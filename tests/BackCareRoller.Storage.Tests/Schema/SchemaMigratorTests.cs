using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Schema;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests.Schema;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);
    private readonly FakeProcessProbe _probe = new("this-host", 100);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Migrations_Versions_AreConsecutiveFromOne()
    {
        Assert.Equal(Enumerable.Range(1, Migrations.All.Count), Migrations.All.Select(m => m.Version));
    }

    [Fact]
    public async Task OpenAsync_EmptyFile_AppliesEveryStep()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.Path)!);
        await File.WriteAllBytesAsync(_db.Path, []);

        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        Assert.Equal(Migrations.Latest, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'raw_samples';"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task OpenAsync_PreviousSchemaWithASession_MigratesAndKeepsTheSession(int previousVersion)
    {
        using (await SessionStore.OpenAsync(_db.Path, _time, null, _probe, previousVersion, CancellationToken.None))
        {
        }

        // A session as a build of that version wrote it: only version-1 columns.
        using (var connection = _db.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                INSERT INTO sessions (id, status, started_utc_ms, ended_utc_ms, duration_ticks, devices, height_cm, report_json)
                VALUES (7, 'completed', 1741591800000, 1741591860000, 600000000, 'old-roller', 170, NULL);
                INSERT INTO zone_intervals VALUES (7, 0, 0, 600000000, 'upper_back', NULL);
                INSERT INTO alerts VALUES (7, 0, 100000000, 'neck');
                INSERT INTO zone_totals VALUES (7, 'upper_back', '', 60.0);
                """;
            command.ExecuteNonQuery();
        }

        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var session = await store.GetAsync(7);

        Assert.Equal(Migrations.Latest, _db.Scalar("PRAGMA user_version;"));
        Assert.NotNull(session);
        Assert.Equal(SessionStatus.Completed, session.Listing.Status);
        Assert.Equal(["old-roller"], session.Listing.Devices);
        Assert.Equal(new ZoneInterval(TimeSpan.Zero, TimeSpan.FromSeconds(60), BodyZone.UpperBack, null), Assert.Single(session.Report.Zones));
        Assert.Equal(0, _db.Scalar("SELECT keep_raw FROM sessions WHERE id = 7;"));
        Assert.Null(session.Report.CheckIns);
    }

    [Fact]
    public async Task OpenAsync_SchemaBeforeCheckIns_AddsTheTableAndAnOldSessionTakesACheckIn()
    {
        using (await SessionStore.OpenAsync(_db.Path, _time, null, _probe, 3, CancellationToken.None))
        {
        }

        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'checkins';"));
        using (var connection = _db.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO sessions (id, status, started_utc_ms) VALUES (7, 'completed', 1741591800000);";
            command.ExecuteNonQuery();
        }

        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var checkIn = new Core.CheckIns.CheckIn { RecordedAt = Reports.Start, Pain = 4 };

        Assert.True(await store.SaveCheckInAsync(7, Core.CheckIns.CheckInMoment.After, checkIn));
        Assert.Equal(4, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(checkIn, (await store.GetCheckInsAsync(7))!.After);
    }

    [Fact]
    public async Task OpenAsync_PreviousSchema_NewSessionsGetFreshIds()
    {
        using (await SessionStore.OpenAsync(_db.Path, _time, null, _probe, 1, CancellationToken.None))
        {
        }

        using (var connection = _db.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO sessions (id, status, started_utc_ms) VALUES (7, 'completed', 0);";
            command.ExecuteNonQuery();
        }

        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        Assert.Equal(8, id);
    }

    [Fact]
    public async Task OpenAsync_ManyProcessesAtOnceOnAnEmptyFile_AllSucceedAndMigrateOnce()
    {
        // Each open runs on its own thread with its own connection, as separate processes would.
        var opens = Enumerable.Range(0, 6)
            .Select(_ => Task.Run(() => SessionStore.OpenAsync(_db.Path, _time)))
            .ToArray();

        var stores = await Task.WhenAll(opens);
        foreach (var store in stores)
        {
            store.Dispose();
        }

        Assert.Equal(Migrations.Latest, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sessions';"));
    }
}
