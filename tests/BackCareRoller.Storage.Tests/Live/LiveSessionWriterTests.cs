using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests.Live;

public sealed class LiveSessionWriterTests : IDisposable
{
    private static readonly ZoneInterval Glutes = new(TimeSpan.Zero, TimeSpan.FromSeconds(4), BodyZone.Glutes, BodySide.Right);
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task BeginSessionAsync_NewSession_IsStoredLiveAtOnce()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        await using var writer = await store.BeginSessionAsync(Reports.Record());

        var listing = Assert.Single(await store.ListAsync());
        Assert.Equal(writer.SessionId, listing.Id);
        Assert.Equal(SessionStatus.Live, listing.Status);
        Assert.Null(listing.EndedAt);
    }

    [Fact]
    public async Task Append_BeforeTheFlushInterval_IsNotYetWritten()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        await writer.AppendZoneIntervalAsync(Glutes);
        _time.Advance(TimeSpan.FromSeconds(4.9));

        Assert.Empty((await store.GetAsync(writer.SessionId))!.Report.Zones);
    }

    [Fact]
    public async Task Append_FlushIntervalElapses_IsWrittenByTheTimer()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        await writer.AppendZoneIntervalAsync(Glutes);
        await writer.AppendAlertAsync(new Alert(TimeSpan.FromSeconds(2), AlertKind.TooFast));
        await writer.AppendSpeedAsync(new SpeedReading(TimeSpan.FromSeconds(1), 0.03));
        _time.Advance(TimeSpan.FromSeconds(5));

        var report = (await store.GetAsync(writer.SessionId))!.Report;
        Assert.Equal([Glutes], report.Zones);
        Assert.Equal([new Alert(TimeSpan.FromSeconds(2), AlertKind.TooFast)], report.Alerts);
        Assert.Equal(0.03, Assert.Single(report.Speed).SpeedMetersPerSecond, 1e-7);
        Assert.Equal(4, report.DurationSeconds);
    }

    [Fact]
    public async Task FlushAsync_SeveralFlushes_AppendInOrderWithoutDuplicates()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());
        var second = new ZoneInterval(Glutes.End, TimeSpan.FromSeconds(9), BodyZone.Hamstrings, BodySide.Right);

        await writer.AppendZoneIntervalAsync(Glutes);
        await writer.FlushAsync();
        await writer.FlushAsync();
        await writer.AppendZoneIntervalAsync(second);
        await writer.FlushAsync();

        Assert.Equal([Glutes, second], (await store.GetAsync(writer.SessionId))!.Report.Zones);
    }

    [Fact]
    public async Task FlushAsync_HeartbeatAtFlushTime_IsStored()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        _time.Advance(TimeSpan.FromSeconds(2));
        await writer.FlushAsync();

        Assert.Equal(Reports.Start.AddSeconds(2).ToUnixTimeMilliseconds(), _db.Scalar("SELECT heartbeat_utc_ms FROM sessions;"));
    }

    [Fact]
    public async Task UpdateSummaryAsync_ThenFlush_StoresSummaryAndZoneTotals()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        await writer.UpdateSummaryAsync(Reports.Summary(30), TimeSpan.FromSeconds(30));
        await writer.UpdateSummaryAsync(Reports.Summary(45), TimeSpan.FromSeconds(45));
        await writer.FlushAsync();

        var stored = (await store.GetAsync(writer.SessionId))!;
        Reports.AssertSameSummary(Reports.Summary(45), stored.Report.Summary);
        Assert.Equal(45, stored.Report.DurationSeconds);
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM zone_totals;"));
    }

    [Fact]
    public async Task CompleteAsync_BufferedData_WritesItAndMarksCompleted()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var writer = await store.BeginSessionAsync(Reports.Record());
        await writer.AppendZoneIntervalAsync(Glutes);
        _time.Advance(TimeSpan.FromSeconds(4.5));

        await writer.CompleteAsync(Reports.Summary(4), TimeSpan.FromSeconds(4));
        await writer.DisposeAsync();

        var stored = (await store.GetAsync(writer.SessionId))!;
        Assert.Equal(SessionStatus.Completed, stored.Listing.Status);
        Assert.Equal(Reports.Start.AddSeconds(4.5), stored.Listing.EndedAt);
        Assert.Equal([Glutes], stored.Report.Zones);
    }

    [Fact]
    public async Task CompleteAsync_Twice_Throws()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());
        await writer.CompleteAsync(Reports.Summary(4), TimeSpan.FromSeconds(4));

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.CompleteAsync(Reports.Summary(4), TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public async Task DisposeAsync_NotCompleted_FlushesAndMarksInterrupted()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var writer = await store.BeginSessionAsync(Reports.Record());
        await writer.AppendZoneIntervalAsync(Glutes);

        await writer.DisposeAsync();

        var stored = (await store.GetAsync(writer.SessionId))!;
        Assert.Equal(SessionStatus.Interrupted, stored.Listing.Status);
        Assert.Equal([Glutes], stored.Report.Zones);
    }

    [Fact]
    public async Task DeleteAsync_LiveSessionOfARunningWriter_RefusesAndKeepsIt()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        var error = await Assert.ThrowsAsync<SessionStoreException>(() => store.DeleteAsync(writer.SessionId));

        Assert.Contains("live", error.Message, StringComparison.Ordinal);
        Assert.NotNull(await store.GetAsync(writer.SessionId));
    }

    [Fact]
    public async Task AppendSamplesAsync_RawNotKept_StoresNothing()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record(), keepRawSamples: false);

        await writer.AppendSamplesAsync(Reports.RawSamples(100));
        await writer.FlushAsync();

        Assert.Empty(await store.GetRawSamplesAsync(writer.SessionId));
    }

    [Fact]
    public async Task AppendSamplesAsync_RawKept_StoresThemAcrossFlushes()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record(), keepRawSamples: true);
        var samples = Reports.RawSamples(100);

        await writer.AppendSamplesAsync(samples.AsMemory(0, 60));
        await writer.FlushAsync();
        await writer.AppendSamplesAsync(samples.AsMemory(60));
        await writer.FlushAsync();

        Assert.Equal(samples, await store.GetRawSamplesAsync(writer.SessionId));
    }
}
