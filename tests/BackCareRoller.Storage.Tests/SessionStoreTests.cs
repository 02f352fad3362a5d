using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Schema;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests;

public sealed class SessionStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OpenAsync_NoFile_CreatesDirectoryAndLatestSchemaInWalMode()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        Assert.True(File.Exists(_db.Path));
        Assert.Equal(Migrations.Latest, _db.Scalar("PRAGMA user_version;"));
        using var connection = _db.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public async Task SaveCompletedAsync_ThenGetAsync_RebuildsTheSameReport()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var report = Reports.Sample();

        var id = await store.SaveCompletedAsync(Reports.Record(), report);
        var stored = await store.GetAsync(id);

        Assert.NotNull(stored);
        Assert.Equal(report.DurationSeconds, stored.Report.DurationSeconds);
        Assert.Equal(report.Zones, stored.Report.Zones);
        Assert.Equal(report.Alerts, stored.Report.Alerts);
        Assert.Equal(report.Speed.Count, stored.Report.Speed.Count);
        for (var i = 0; i < report.Speed.Count; i++)
        {
            Assert.Equal(report.Speed[i].Time, stored.Report.Speed[i].Time);
            Assert.Equal(report.Speed[i].SpeedMetersPerSecond, stored.Report.Speed[i].SpeedMetersPerSecond, 1e-7);
        }

        Reports.AssertSameSummary(report.Summary, stored.Report.Summary);
    }

    [Fact]
    public async Task SaveCompletedAsync_SummaryFieldsBeyondTheColumns_SurviveInTheStoredDocument()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var report = Reports.Sample() with
        {
            Summary = Reports.Sample().Summary with
            {
                Passes = 17,
                RollingSeconds = 93.5,
                RolledDistanceMeters = 2.75,
                Adherence = new RoutineAdherence
                {
                    Moves = [new MoveAdherence(RoutineMove.Glutes, 70, MoveVerdict.InRange)],
                    LumbarSeconds = 2,
                    NeckSeconds = 0,
                },
            },
            ZoneConfidence = ZoneConfidence.BodySensor,
        };

        var id = await store.SaveCompletedAsync(Reports.Record(), report);
        var stored = (await store.GetAsync(id))!.Report;

        Assert.Equal(17, stored.Summary.Passes);
        Assert.Equal(93.5, stored.Summary.RollingSeconds);
        Assert.Equal(2.75, stored.Summary.RolledDistanceMeters, 6);
        Assert.Equal(report.Summary.Adherence.Moves, stored.Summary.Adherence!.Moves);
        Assert.Equal(ZoneConfidence.BodySensor, stored.ZoneConfidence);
    }

    [Fact]
    public async Task SaveCompletedAsync_ThenGetAsync_KeepsTheSessionFacts()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var record = Reports.Record();
        var report = Reports.Sample();

        var id = await store.SaveCompletedAsync(record, report);
        var listing = (await store.GetAsync(id))!.Listing;

        Assert.Equal(id, listing.Id);
        Assert.Equal(SessionStatus.Completed, listing.Status);
        Assert.Equal(record.StartedAt, listing.StartedAt);
        Assert.Equal(record.StartedAt.AddSeconds(report.DurationSeconds).ToUnixTimeMilliseconds(), listing.EndedAt!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(record.Devices, listing.Devices);
        Assert.Equal(record.Setup, listing.Setup);
        Assert.Equal(record.Source, listing.Source);
        Assert.Equal(2, listing.AlertCount);
    }

    [Fact]
    public async Task SaveCompletedAsync_NoRawSamples_StoresNone()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        Assert.Empty(await store.GetRawSamplesAsync(id));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM raw_samples;"));
    }

    [Fact]
    public async Task SaveCompletedAsync_WithRawSamples_RoundTripsThemAcrossChunks()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var samples = Reports.RawSamples(70_000);

        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample(), samples);

        Assert.Equal(samples, await store.GetRawSamplesAsync(id));
        Assert.Equal(3, _db.Scalar("SELECT count(*) FROM raw_samples;"));
    }

    [Fact]
    public async Task ListAsync_SeveralSessions_OldestFirst()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var later = await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(1)), Reports.Sample());
        var earlier = await store.SaveCompletedAsync(Reports.Record(Reports.Start), Reports.Sample());

        var listings = await store.ListAsync();

        Assert.Equal([earlier, later], listings.Select(l => l.Id));
    }

    [Fact]
    public async Task DeleteAsync_StoredSession_RemovesItAndEverythingStoredWithIt()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var kept = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample(), Reports.RawSamples(10));
        var deleted = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample(), Reports.RawSamples(10));

        Assert.True(await store.DeleteAsync(deleted));

        Assert.Null(await store.GetAsync(deleted));
        Assert.NotNull(await store.GetAsync(kept));
        foreach (var table in new[] { "zone_intervals", "alerts", "zone_totals", "speed_chunks", "raw_samples" })
        {
            Assert.Equal(0, _db.Scalar($"SELECT count(*) FROM {table} WHERE session_id = {deleted};"));
            Assert.NotEqual(0, _db.Scalar($"SELECT count(*) FROM {table} WHERE session_id = {kept};"));
        }
    }

    [Fact]
    public async Task DeleteAsync_UnknownId_ReturnsFalse()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        Assert.False(await store.DeleteAsync(42));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        Assert.Null(await store.GetAsync(42));
    }

    [Fact]
    public async Task OpenAsync_FileIsNotADatabase_ThrowsNamingTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.Path)!);
        await File.WriteAllTextAsync(_db.Path, new string('x', 4096));

        var error = await Assert.ThrowsAsync<SessionStoreException>(() => SessionStore.OpenAsync(_db.Path, _time));

        Assert.Contains(_db.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_SchemaNewerThanThisBuild_ThrowsAndLeavesTheFileAlone()
    {
        using (var store = await SessionStore.OpenAsync(_db.Path, _time))
        {
        }

        using (var connection = _db.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"PRAGMA user_version = {Migrations.Latest + 1};";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<SessionStoreException>(() => SessionStore.OpenAsync(_db.Path, _time));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Equal(Migrations.Latest + 1, _db.Scalar("PRAGMA user_version;"));
    }
}
