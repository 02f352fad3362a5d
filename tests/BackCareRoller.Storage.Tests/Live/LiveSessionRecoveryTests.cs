using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Schema;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests.Live;

public sealed class LiveSessionRecoveryTests : IDisposable
{
    private static readonly ZoneInterval UpperBack = new(TimeSpan.Zero, TimeSpan.FromSeconds(30), BodyZone.UpperBack, null);
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task OpenAsync_LiveSessionOfADeadLocalProcess_MarksItInterruptedAtItsLastFlush()
    {
        var id = await LeaveLiveSession(ownerPid: 300);
        _time.Advance(TimeSpan.FromMinutes(10));

        using var store = await Open(new FakeProcessProbe("this-host", 100));
        var stored = (await store.GetAsync(id))!;

        Assert.Equal([id], store.RecoveredSessionIds);
        Assert.Equal(SessionStatus.Interrupted, stored.Listing.Status);
        Assert.Equal(Reports.Start.AddSeconds(1), stored.Listing.EndedAt);
        Assert.Equal([UpperBack], stored.Report.Zones);
        Assert.Equal(30, stored.Report.DurationSeconds);
    }

    [Fact]
    public async Task OpenAsync_LiveSessionOfARunningLocalProcess_LeavesItLive()
    {
        var id = await LeaveLiveSession(ownerPid: 300);
        _time.Advance(TimeSpan.FromHours(1));

        using var store = await Open(new FakeProcessProbe("this-host", 100, running: 300));

        Assert.Empty(store.RecoveredSessionIds);
        Assert.Equal(SessionStatus.Live, (await store.GetAsync(id))!.Listing.Status);
    }

    [Fact]
    public async Task OpenAsync_DeadOwnerNeverWroteASummary_RebuildsTotalsFromTheTimeline()
    {
        var id = await LeaveLiveSession(ownerPid: 300);

        using var store = await Open(new FakeProcessProbe("this-host", 100));
        var summary = (await store.GetAsync(id))!.Report.Summary;

        Assert.Equal(30, summary.PerZoneSeconds[BodyZone.UpperBack]);
        Assert.Equal(1, summary.AlertCounts[AlertKind.Neck]);
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM zone_totals;"));
    }

    private async Task<long> LeaveLiveSession(int ownerPid)
    {
        // The owner writes, flushes one second in, and is never heard from again (no dispose, no complete).
        var owner = await Open(new FakeProcessProbe("this-host", ownerPid));
        var writer = await owner.BeginSessionAsync(Reports.Record());
        await writer.AppendZoneIntervalAsync(UpperBack);
        await writer.AppendAlertAsync(new Alert(TimeSpan.FromSeconds(29), AlertKind.Neck));
        _time.Advance(TimeSpan.FromSeconds(1));
        await writer.FlushAsync();
        return writer.SessionId;
    }

    private Task<SessionStore> Open(FakeProcessProbe probe) =>
        SessionStore.OpenAsync(_db.Path, _time, new SessionStoreOptions { FlushInterval = TimeSpan.FromHours(1) }, probe, Migrations.Latest, CancellationToken.None);
}
