using BackCareRoller.Cli.Commands;

namespace BackCareRoller.Cli.Tests;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly SessionsTestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task History_SessionsOverTwoWeeks_OneRowPerWeekWithMinutesAlertsAndAdherence()
    {
        // The week before: glutes and upper back each over a minute (adherence 50 %); this week: two short sessions.
        await _db.SaveAsync(SessionsTestDatabase.Monday.AddDays(-7), glutesSeconds: 90, upperBackSeconds: 60);
        await _db.SaveAsync(SessionsTestDatabase.Monday, glutesSeconds: 30, upperBackSeconds: 30);
        await _db.SaveAsync(SessionsTestDatabase.Monday.AddDays(2), glutesSeconds: 30, upperBackSeconds: 90);

        var (exitCode, output, error) = await CliRunner.RunAsync(
            "history", "--weeks", "3", "--until", "2025-03-12", "--utc-offset", "+00:00", "--db", _db.Path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var lines = output.Split('\n');
        Assert.StartsWith("Week of", lines[0], StringComparison.Ordinal);
        Assert.Equal("2025-02-24     0       -       -       -       -       -       -       -       -               -          -", lines[1]);
        Assert.Equal("2025-03-03     1     1.5     0.0     0.0     1.0     0.0     0.1     0.0       2           1/1/0       50 %", lines[2]);
        Assert.Equal("2025-03-10     2     1.0     0.0     0.0     2.0     0.0     0.1     0.0       4           2/2/0       13 %  down", lines[3]);
        Assert.Contains("weeks start on Monday at UTC+00:00", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_OffsetAheadOfUtc_MovesALateSundaySessionIntoTheNextWeek()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday.AddHours(-8)); // Sunday 23:30 UTC

        var (_, utc, _) = await CliRunner.RunAsync("history", "--weeks", "1", "--until", "2025-03-10", "--utc-offset", "Z", "--db", _db.Path);
        var (_, paris, _) = await CliRunner.RunAsync("history", "--weeks", "1", "--until", "2025-03-10", "--utc-offset", "+01:00", "--db", _db.Path);

        Assert.StartsWith("2025-03-10     0", utc.Split('\n')[1], StringComparison.Ordinal);
        Assert.StartsWith("2025-03-10     1", paris.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--weeks", "0", "--weeks")]
    [InlineData("--until", "10/03/2025", "--until")]
    [InlineData("--utc-offset", "+25:00", "--utc-offset")]
    public async Task History_BadOption_FailsNamingIt(string option, string value, string named)
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CliRunner.RunAsync("history", option, value, "--db", _db.Path);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_NoDatabaseYet_SaysSo()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("history", "--db", Path.Combine(_db.Directory, "none.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("No sessions saved yet", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+02:00", 120)]
    [InlineData("-05:30", -330)]
    [InlineData("3", 180)]
    [InlineData("Z", 0)]
    public void TryParseOffset_ValidText_GivesTheOffset(string text, int minutes)
    {
        Assert.True(HistoryCommand.TryParseOffset(text, SessionsTestDatabase.Monday, out var offset));
        Assert.Equal(TimeSpan.FromMinutes(minutes), offset);
    }
}
