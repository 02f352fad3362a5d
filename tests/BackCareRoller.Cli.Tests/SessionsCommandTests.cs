using System.Text.Json;

namespace BackCareRoller.Cli.Tests;

public sealed class SessionsCommandTests : IDisposable
{
    private readonly SessionsTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task List_TwoSessions_OneLinePerSessionStartingWithItsId()
    {
        var first = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var second = await _db.SaveAsync(SessionsTestDatabase.Monday.AddDays(1));

        var (exitCode, output, error) = await CliRunner.RunAsync("sessions", "list", "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([first, second], lines.Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("2025-03-10 07:30 UTC", lines[0], StringComparison.Ordinal);
        Assert.Contains("completed", lines[0], StringComparison.Ordinal);
        Assert.Contains("2 alerts", lines[0], StringComparison.Ordinal);
        Assert.Contains("BCR-Roller 7F:21, phone:hip", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoDatabaseYet_SaysSoWithoutCreatingOne()
    {
        var path = Path.Combine(_db.Directory, "none.db");

        var (exitCode, output, _) = await CliRunner.RunAsync("sessions", "list", "--db", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("No sessions saved yet", output, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Show_StoredSession_PrintsFactsZonesAndAlerts()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, _) = await CliRunner.RunAsync("sessions", "show", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Session {id} (completed)", output, StringComparison.Ordinal);
        Assert.Contains("178 cm", output, StringComparison.Ordinal);
        Assert.Contains("glutes         1.3  (left 1.3)", output, StringComparison.Ordinal);
        Assert.Contains("lumbar    Lower back — stop", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownId_FailsNamingTheIdAndDatabase()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "show", "99", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no session 99", error, StringComparison.Ordinal);
        Assert.Contains(_db.Path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_IdNotANumber_FailsWithAParseError()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "show", "abc", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("abc", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_DatabaseMissing_FailsWithoutCreatingIt()
    {
        var path = Path.Combine(_db.Directory, "typo.db");

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "show", "1", "--db", path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no session database", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Show_FileIsNotADatabase_FailsWithAClearMessage()
    {
        var path = Path.Combine(_db.Directory, "notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "show", "1", "--db", path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_StoredSession_RemovesItFromTheList()
    {
        var kept = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var deleted = await _db.SaveAsync(SessionsTestDatabase.Monday.AddDays(1));

        var (exitCode, output, _) = await CliRunner.RunAsync("sessions", "delete", deleted.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", _db.Path);
        var (_, list, _) = await CliRunner.RunAsync("sessions", "list", "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Deleted session {deleted}", output, StringComparison.Ordinal);
        Assert.Single(list.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(kept.ToString(System.Globalization.CultureInfo.InvariantCulture), list.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_LiveSession_RefusesWhileItIsBeingRecorded()
    {
        using var store = await BackCareRoller.Storage.SessionStore.OpenAsync(_db.Path, TimeProvider.System);
        await using var writer = await store.BeginSessionAsync(new BackCareRoller.Storage.Sessions.SessionRecord { StartedAt = SessionsTestDatabase.Monday });

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "delete", writer.SessionId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("is live", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_UnknownId_Fails()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "delete", "99", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no session 99", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJson_StoredSession_WritesTheReportContract()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, _) = await CliRunner.RunAsync("sessions", "export", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", _db.Path);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("backcare-report/1", root.GetProperty("format").GetString());
        Assert.Equal(145, root.GetProperty("duration_s").GetDouble(), 6);
        Assert.Equal("lumbar", root.GetProperty("alerts")[1].GetProperty("kind").GetString());
        Assert.Equal("Lower back — stop", root.GetProperty("alerts")[1].GetProperty("message").GetString());
        Assert.Equal(4, root.GetProperty("zones").GetArrayLength());
        Assert.Equal("left", root.GetProperty("zones")[1].GetProperty("side").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("zones")[2].GetProperty("side").ValueKind);
        Assert.Equal(1450, root.GetProperty("speed").GetArrayLength());
        Assert.Equal(7.0, root.GetProperty("speed")[0].GetProperty("cm_per_s").GetDouble(), 4);
        Assert.Equal(75, root.GetProperty("summary").GetProperty("per_zone_s").GetProperty("glutes").GetDouble());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("alert_counts").GetProperty("too_fast").GetInt32());

        // The contract's own reader accepts it whole.
        var report = BackCareRoller.Formats.Reports.ReportJson.Deserialize(output);
        Assert.Equal(SessionsTestDatabase.Report(75, 65).Zones, report.Zones);
    }

    [Fact]
    public async Task ExportCsv_ToAFile_WritesOneRowPerRecord()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);
        var file = Path.Combine(_db.Directory, "export.csv");

        var (exitCode, output, _) = await CliRunner.RunAsync("sessions", "export", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "csv", "--out", file, "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("record,start_s,end_s,zone,side,kind,value", lines[0]);
        Assert.Contains("zone,2,77,glutes,left,,", lines);
        Assert.Contains("alert,77.2,,,,lumbar,Lower back — stop", lines);
        Assert.Contains("speed,0,,,,,7", lines);
        Assert.Contains("zone_total,,,glutes,left,,75", lines);
        Assert.Contains("too_fast_total,,,,,,2.5", lines);
        Assert.Equal(1 + 4 + 2 + 1450 + 4 + 1 + 1, lines.Length);
    }

    [Fact]
    public async Task Export_UnknownFormat_FailsNamingTheChoices()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("sessions", "export", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "xml", "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("xml", error, StringComparison.Ordinal);
    }
}
