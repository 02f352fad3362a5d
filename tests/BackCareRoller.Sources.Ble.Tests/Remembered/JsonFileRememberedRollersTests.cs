using BackCareRoller.Sources.Ble.Remembered;
using BackCareRoller.Sources.Ble.Roller;

namespace BackCareRoller.Sources.Ble.Tests.Remembered;

public sealed class JsonFileRememberedRollersTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("bcr-rollers-").FullName;
    private readonly JsonFileRememberedRollers _store;

    public JsonFileRememberedRollersTests() => _store = new JsonFileRememberedRollers(Path.Combine(_directory, "sub", "rollers.json"));

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task List_NoFile_IsEmpty()
    {
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task Remember_TwoRollers_ListsMostRecentFirst()
    {
        await _store.RememberAsync(new RememberedRoller("AA:AA:AA:AA:AA:AA", "BCR-AAAA", RollerKind.BackCareRoller, Monday));
        await _store.RememberAsync(new RememberedRoller("BB:BB:BB:BB:BB:BB", "Thingy", RollerKind.Thingy52, Monday.AddHours(1)));

        Assert.Equal(["BB:BB:BB:BB:BB:BB", "AA:AA:AA:AA:AA:AA"], (await _store.ListAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Remember_SameIdInOtherCase_ReplacesTheEntry()
    {
        await _store.RememberAsync(new RememberedRoller("aa:aa:aa:aa:aa:aa", "old", RollerKind.BackCareRoller, Monday));
        await _store.RememberAsync(new RememberedRoller("AA:AA:AA:AA:AA:AA", "new", RollerKind.BackCareRoller, Monday.AddDays(1)));

        Assert.Equal("new", Assert.Single(await _store.ListAsync()).Name);
    }

    [Fact]
    public async Task Forget_KnownAndUnknown_RemovesOrReportsFalse()
    {
        await _store.RememberAsync(new RememberedRoller("AA:AA:AA:AA:AA:AA", null, RollerKind.BackCareRoller, Monday));

        Assert.True(await _store.ForgetAsync("aa:aa:aa:aa:aa:aa"));
        Assert.False(await _store.ForgetAsync("AA:AA:AA:AA:AA:AA"));
        Assert.Empty(await _store.ListAsync());
    }

    [Fact]
    public async Task File_Contents_AreSnakeCaseJsonWithKindNames()
    {
        await _store.RememberAsync(new RememberedRoller("AA:AA:AA:AA:AA:AA", "BCR-AAAA", RollerKind.Thingy52, Monday));

        var json = await File.ReadAllTextAsync(_store.Path);

        Assert.Contains("\"last_connected\": \"2025-03-03T08:00:00+00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Thingy52\"", json, StringComparison.Ordinal);
        Assert.False(File.Exists(_store.Path + ".tmp"));
    }

    [Fact]
    public async Task List_CorruptFile_ThrowsInvalidDataNamingTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_store.Path)!);
        await File.WriteAllTextAsync(_store.Path, "{ not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _store.ListAsync());

        Assert.Contains(_store.Path, error.Message, StringComparison.Ordinal);
    }
}
