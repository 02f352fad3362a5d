using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Storage.Tests.CheckIns;

public sealed class CheckInStoreTests : IDisposable
{
    private static readonly CheckIn Full = new()
    {
        RecordedAt = Reports.Start.AddMinutes(-1),
        Pain = 6,
        Where = [new PainLocation(PainArea.LowerBack, null), new PainLocation(PainArea.Buttock, BodySide.Right), new PainLocation(PainArea.Leg, BodySide.Left)],
        Character = PainCharacter.Sharp,
        RadiatesDownLeg = true,
        DaysSinceStart = 9,
    };

    private static readonly CheckIn PainOnly = new() { RecordedAt = Reports.Start.AddMinutes(20), Pain = 0 };

    private readonly TempDatabase _db = new();
    private readonly FakeTimeProvider _time = new(Reports.Start);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task SaveCheckInAsync_EveryAnswer_ReadsBackEqual()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        Assert.True(await store.SaveCheckInAsync(id, CheckInMoment.Before, Full));
        Assert.True(await store.SaveCheckInAsync(id, CheckInMoment.After, PainOnly));

        Assert.Equal(new SessionCheckIns(Full, PainOnly), await store.GetCheckInsAsync(id));
    }

    [Fact]
    public async Task SaveCheckInAsync_SameMomentAgain_ReplacesTheEarlierAnswer()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        await store.SaveCheckInAsync(id, CheckInMoment.Before, Full);
        await store.SaveCheckInAsync(id, CheckInMoment.Before, PainOnly);

        Assert.Equal(new SessionCheckIns(PainOnly, null), await store.GetCheckInsAsync(id));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM checkins;"));
    }

    [Fact]
    public async Task SaveCheckInAsync_NoSuchSession_ReturnsFalseAndStoresNothing()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        Assert.False(await store.SaveCheckInAsync(42, CheckInMoment.Before, Full));
        Assert.Null(await store.GetCheckInsAsync(42));
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM checkins;"));
    }

    [Theory]
    [InlineData(11, null, "pain must be")]
    [InlineData(-1, null, "pain must be")]
    [InlineData(3, -4, "days since the pain started")]
    public async Task SaveCheckInAsync_InvalidAnswer_ThrowsNamingItAndStoresNothing(int pain, int? days, string named)
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveCheckInAsync(id, CheckInMoment.Before, PainOnly with { Pain = pain, DaysSinceStart = days }));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM checkins;"));
    }

    [Fact]
    public async Task GetCheckInsAsync_SessionWithoutCheckIns_IsNone()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        Assert.Equal(SessionCheckIns.None, await store.GetCheckInsAsync(id));
    }

    [Fact]
    public async Task SaveCompletedAsync_ReportWithCheckIns_StoresThemInTheirTableNotTheDocument()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var checkIns = new SessionCheckIns(Full, PainOnly);

        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample() with { CheckIns = checkIns });
        var stored = await store.GetAsync(id);

        Assert.Equal(checkIns, stored!.Report.CheckIns);
        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM checkins;"));
        Assert.Equal(0, _db.Scalar("SELECT instr(report_json, 'checkin') FROM sessions;"));
    }

    [Fact]
    public async Task SaveCompletedAsync_InvalidCheckInInReport_ThrowsAndStoresNoSession()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            store.SaveCompletedAsync(Reports.Record(), Reports.Sample() with { CheckIns = new SessionCheckIns(null, PainOnly with { Pain = 12 }) }));

        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM sessions;"));
    }

    [Fact]
    public async Task GetAsync_CheckInAddedAfterTheSession_IsInTheReport()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());
        Assert.Null((await store.GetAsync(id))!.Report.CheckIns);

        await store.SaveCheckInAsync(id, CheckInMoment.After, PainOnly);

        Assert.Equal(new SessionCheckIns(null, PainOnly), (await store.GetAsync(id))!.Report.CheckIns);
    }

    [Fact]
    public async Task SaveCheckInAsync_LiveSession_IsStoredAndKeptWhenItCompletes()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        await using var writer = await store.BeginSessionAsync(Reports.Record());

        Assert.True(await store.SaveCheckInAsync(writer.SessionId, CheckInMoment.Before, Full));
        await writer.CompleteAsync(Reports.Sample().Summary, TimeSpan.FromSeconds(120));

        Assert.Equal(new SessionCheckIns(Full, null), (await store.GetAsync(writer.SessionId))!.Report.CheckIns);
    }

    [Fact]
    public async Task DeleteAsync_SessionWithCheckIns_DeletesThemToo()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample() with { CheckIns = new SessionCheckIns(Full, PainOnly) });

        await store.DeleteAsync(id);

        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM checkins;"));
    }

    [Fact]
    public async Task GetCheckInTimelineAsync_EverySessionOldestFirst_WithOrWithoutCheckIns()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var later = await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(2)), Reports.Sample() with { CheckIns = new SessionCheckIns(null, PainOnly) });
        var first = await store.SaveCompletedAsync(Reports.Record(Reports.Start), Reports.Sample());
        var middle = await store.SaveCompletedAsync(Reports.Record(Reports.Start.AddDays(1)), Reports.Sample() with { CheckIns = new SessionCheckIns(Full, null) });

        var timeline = await store.GetCheckInTimelineAsync();

        Assert.Equal(
            [
                new CheckInSession(first, Reports.Start, SessionCheckIns.None),
                new CheckInSession(middle, Reports.Start.AddDays(1), new SessionCheckIns(Full, null)),
                new CheckInSession(later, Reports.Start.AddDays(2), new SessionCheckIns(null, PainOnly)),
            ],
            timeline);
    }

    [Fact]
    public async Task Checkins_TableConstraints_RejectPainOffTheScaleWrittenByHand()
    {
        using var store = await SessionStore.OpenAsync(_db.Path, _time);
        var id = await store.SaveCompletedAsync(Reports.Record(), Reports.Sample());

        using var connection = _db.OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO checkins (session_id, moment, recorded_utc_ms, pain) VALUES ({id}, 'before', 0, 11);";

        Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
    }
}
