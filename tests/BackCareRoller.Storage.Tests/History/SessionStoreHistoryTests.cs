using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.History;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests.History;

public sealed class SessionStoreHistoryTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetHistoryAsync_StoredSessions_GroupsThemByWeek()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        // Reports.Start is Monday 2025-03-10; one session the week before, two this week, one outside the range.
        await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(-7)), Reports.Sample(glutesSeconds: 60, upperBackSeconds: 60));
        await store.SaveCompletedAsync(Reports.Record(Reports.Start), Reports.Sample(glutesSeconds: 90, upperBackSeconds: 30));
        await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(3)), Reports.Sample(glutesSeconds: 30, upperBackSeconds: 30));
        await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(-21)), Reports.Sample());

        var weeks = await store.GetHistoryAsync(new HistoryQuery(new DateOnly(2025, 3, 12), 2, TimeSpan.Zero));

        Assert.Equal([1, 2], weeks.Select(w => w.Sessions));
        Assert.Equal(2.0, weeks[1].MinutesPerZone[BodyZone.Glutes], 9);
        Assert.Equal(1.0, weeks[1].MinutesPerZone[BodyZone.UpperBack], 9);
        Assert.Equal(2, weeks[1].AlertsPerKind[AlertKind.Lumbar]);
        Assert.Equal(0.5, weeks[0].Adherence);
        Assert.Equal(0.125, weeks[1].Adherence);
        Assert.Equal(AdherenceTrend.Down, weeks[1].Trend);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(HistoryQuery.MaxWeeks + 1)]
    public async Task GetHistoryAsync_WeeksOutOfRange_Throws(int weeks)
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.GetHistoryAsync(new HistoryQuery(new DateOnly(2025, 3, 12), weeks, TimeSpan.Zero)));
    }
}
