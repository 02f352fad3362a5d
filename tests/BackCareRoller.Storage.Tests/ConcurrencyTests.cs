using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests;

public sealed class ConcurrencyTests : IDisposable
{
    private const int Flushes = 150;
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task LiveWriterAndReader_AtTheSameTime_ReaderAlwaysSeesWholeFlushes()
    {
        // Two stores on one file, as the service (writer) and the CLI (reader) would hold them.
        using var service = await SessionStore.OpenAsync(_db.Path, _time);
        using var cli = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await service.BeginSessionAsync(Reports.Record());
        var done = 0;

        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < Flushes; i++)
            {
                // Each flush adds one span and one alert: a reader must never see one without the other.
                var start = TimeSpan.FromSeconds(i);
                await writer.AppendZoneIntervalAsync(new ZoneInterval(start, start + TimeSpan.FromSeconds(1), BodyZone.UpperBack, null));
                await writer.AppendAlertAsync(new Alert(start, AlertKind.TooFast));
                await writer.FlushAsync();
            }

            Volatile.Write(ref done, 1);
        });

        var reading = Task.Run(async () =>
        {
            var reads = 0;
            var lastSeen = 0;
            while (Volatile.Read(ref done) == 0 || reads == 0)
            {
                var report = (await cli.GetAsync(writer.SessionId))!.Report;
                Assert.Equal(report.Zones.Count, report.Alerts.Count);
                Assert.True(report.Zones.Count >= lastSeen, "A reader went back in time.");
                lastSeen = report.Zones.Count;
                _ = await cli.ListAsync();
                reads++;
            }

            return reads;
        });

        await Task.WhenAll(writing, reading);

        Assert.True(await reading > 0);
        Assert.Equal(Flushes, (await cli.GetAsync(writer.SessionId))!.Report.Zones.Count);
    }

    [Fact]
    public async Task TwoWritersOnOneFile_SavingAtTheSameTime_BothSucceed()
    {
        using var first = await SessionStore.OpenAsync(_db.Path, _time);
        using var second = await SessionStore.OpenAsync(_db.Path, _time);

        var saves = new[] { first, second }
            .Select(store => Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());
                }
            }))
            .ToArray();
        await Task.WhenAll(saves);

        Assert.Equal(40, (await first.ListAsync()).Count);
    }
}
