using System.Globalization;
using System.Text;
using BackCareRoller.Cli.Commands;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Cli.Tests;

public sealed class SessionsExportAllTests : IDisposable
{
    // A recording name with a comma, quotes, a line break and letters beyond ASCII.
    private const string AwkwardSource = "Übung, \"hard\" day\r\nsecond line — morgen.csv";

    private readonly SessionsTestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(SessionsTestDatabase.Monday.AddDays(3));

    public void Dispose() => _db.Dispose();

    private Task<(int ExitCode, string Output, string Error)> Export(params string[] options) =>
        CliRunner.RunWithAsync(null, _time, ["sessions", "export", .. options, "--db", _db.Path]);

    private static Dictionary<string, string> Row(List<string[]> records, int index) =>
        records[0].Zip(records[index]).ToDictionary(pair => pair.First, pair => pair.Second);

    [Fact]
    public async Task ExportAll_Csv_OneRowPerSessionThatParsesBackExactly()
    {
        var before = new CheckIn
        {
            RecordedAt = SessionsTestDatabase.Monday.AddMinutes(-1),
            Pain = 5,
            Where = [new PainLocation(PainArea.LowerBack, null), new PainLocation(PainArea.Leg, BodySide.Left)],
            Character = PainCharacter.Dull,
            RadiatesDownLeg = false,
            DaysSinceStart = 3,
        };
        var after = new CheckIn { RecordedAt = SessionsTestDatabase.Monday.AddMinutes(15), Pain = 3 };
        var first = await _db.SaveAsync(SessionsTestDatabase.Monday, glutesSeconds: 75, checkIns: new SessionCheckIns(before, after), source: AwkwardSource);
        var second = await _db.SaveAsync(SessionsTestDatabase.Monday.AddDays(1).AddHours(10), glutesSeconds: 90);

        var (exitCode, output, error) = await Export("--all", "--format", "csv", "--utc-offset", "+01:00");

        Assert.Equal((0, string.Empty), (exitCode, error));
        var records = SimpleCsv.Parse(output);
        Assert.Equal(3, records.Count);
        Assert.Equal(SessionsSummaryCsv.Columns, records[0]);
        Assert.All(records, record => Assert.Equal(records[0].Length, record.Length));

        var row = Row(records, 1);
        Assert.Equal(first.ToString(CultureInfo.InvariantCulture), row["session_id"]);
        Assert.Equal(("2025-03-10", "08:30", "completed"), (row["date"], row["time"], row["status"]));
        Assert.Equal("145", row["duration_s"]);
        Assert.Equal(("75", "75", "0"), (row["glutes_s"], row["glutes_left_s"], row["glutes_right_s"]));
        Assert.Equal(("3", "65", "0"), (row["lumbar_s"], row["upper_back_s"], row["hip_flexors_s"]));
        Assert.Equal(("2", "1", "1", "0", "2.5"), (row["alerts"], row["too_fast_alerts"], row["lumbar_alerts"], row["neck_alerts"], row["too_fast_s"]));
        Assert.Equal(("5", "lower back, left leg", "dull", "no", "3"), (row["pain_before"], row["where_before"], row["character_before"], row["radiates_down_leg_before"], row["days_since_start"]));
        Assert.Equal(("3", string.Empty, string.Empty, string.Empty), (row["pain_after"], row["where_after"], row["character_after"], row["radiates_down_leg_after"]));
        Assert.Equal(string.Empty, row["red_flags"]);
        Assert.Equal("BCR-Roller 7F:21; phone:hip", row["devices"]);
        Assert.Equal(AwkwardSource, row["source"]);

        var other = Row(records, 2);
        Assert.Equal((second.ToString(CultureInfo.InvariantCulture), "2025-03-11", "18:30"), (other["session_id"], other["date"], other["time"]));
        Assert.Equal((string.Empty, string.Empty), (other["pain_before"], other["pain_after"]));
    }

    [Fact]
    public async Task ExportAll_WithoutFormat_IsCsv()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, _) = await Export("--all", "--utc-offset", "Z");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("session_id,date,time,status,duration_s,calves_s,calves_left_s,calves_right_s,hamstrings_s,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAll_RedFlags_AsTheyStoodAtTheEndOfEachSession()
    {
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 3, after: 4);
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(1), before: 3, after: 5, character: PainCharacter.Sharp);
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(2), before: 4, after: 2);

        var (_, output, _) = await Export("--all", "--utc-offset", "Z");

        var records = SimpleCsv.Parse(output);
        Assert.Equal(
            [string.Empty, "sharp pain; pain higher after rolling, two sessions running", string.Empty],
            records.Skip(1).Select(record => record[Array.IndexOf(records[0], "red_flags")]));
    }

    [Theory]
    [InlineData("a,b.csv")]
    [InlineData("say \"hi\".csv")]
    [InlineData("two\nlines.csv")]
    [InlineData("two\r\nlines.csv")]
    [InlineData("\"")]
    public async Task ExportAll_SourceWithOneSpecialCharacter_RoundTrips(string source)
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday, source: source);

        var (_, output, _) = await Export("--all", "--utc-offset", "Z");

        Assert.Equal(source, SimpleCsv.Parse(output)[1][^1]);
    }

    [Fact]
    public async Task ExportAll_SourceLookingLikeAFormula_IsKeptAsText()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday, source: "=HYPERLINK(\"x\").csv");

        var (_, output, _) = await Export("--all", "--utc-offset", "Z");

        var records = SimpleCsv.Parse(output);
        Assert.Equal("'=HYPERLINK(\"x\").csv", records[1][Array.IndexOf(records[0], "source")]);
    }

    [Fact]
    public async Task ExportAll_ToAFile_IsUtf8WithAByteOrderMark()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday, source: AwkwardSource);
        var file = Path.Combine(_db.Directory, "sessions.csv");

        var (exitCode, output, _) = await Export("--all", "--utc-offset", "Z", "--out", file);

        Assert.Equal((0, string.Empty), (exitCode, output));
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[3..]);
        Assert.Equal(AwkwardSource, SimpleCsv.Parse(text)[1][^1]);
    }

    [Fact]
    public async Task ExportAll_NoSessions_OnlyTheHeader()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);
        await CliRunner.RunAsync("sessions", "delete", "1", "--db", _db.Path);

        var (_, output, _) = await Export("--all", "--utc-offset", "Z");

        Assert.Single(SimpleCsv.Parse(output));
    }

    [Theory]
    [InlineData(new[] { "1", "--all" }, "not both")]
    [InlineData(new string[0], "--all for every session")]
    [InlineData(new[] { "--all", "--format", "json" }, "--all exports one CSV table")]
    [InlineData(new[] { "--all", "--utc-offset", "+15:00" }, "--utc-offset '+15:00'")]
    public async Task Export_BadCombination_FailsNamingIt(string[] options, string named)
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await Export(options);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportOne_Json_CarriesTheCheckin()
    {
        var id = await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 6, after: 4);

        var (_, output, _) = await Export(id.ToString(CultureInfo.InvariantCulture));

        using var json = System.Text.Json.JsonDocument.Parse(output);
        var checkIn = json.RootElement.GetProperty("checkin");
        Assert.Equal((6, 4), (checkIn.GetProperty("before").GetProperty("pain").GetInt32(), checkIn.GetProperty("after").GetProperty("pain").GetInt32()));
    }

    [Fact]
    public async Task Show_SessionWithCheckIns_ListsThem()
    {
        var id = await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 6, after: 4, days: 2);

        var (_, output, _) = await CliRunner.RunAsync("sessions", "show", id.ToString(CultureInfo.InvariantCulture), "--db", _db.Path);

        Assert.Contains("Check-in before: pain 6/10; started 2 days ago", output, StringComparison.Ordinal);
        Assert.Contains("Check-in after:  pain 4/10", output, StringComparison.Ordinal);
    }
}
