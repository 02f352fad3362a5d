using BackCareRoller.Core.CheckIns;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Cli.Tests;

public sealed class HistoryRhythmTests : IDisposable
{
    private readonly SessionsTestDatabase _db = new();

    // Wednesday 19 March 2025, 18:00 UTC: the third week of the test calendar (weeks of 3, 10 and 17 March).
    private readonly FakeTimeProvider _time = new(SessionsTestDatabase.Monday.AddDays(9).AddHours(10.5));

    public void Dispose() => _db.Dispose();

    private Task<(int ExitCode, string Output, string Error)> History(params string[] options) =>
        CliRunner.RunWithAsync(null, _time, ["history", "--utc-offset", "Z", "--db", _db.Path, .. options]);

    private static string[] RhythmRows(string output)
    {
        var lines = output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var header = Array.FindIndex(lines, line => line.StartsWith("Week of     Days", StringComparison.Ordinal));
        return lines[(header + 1)..].TakeWhile(line => line.Length > 0).ToArray();
    }

    [Fact]
    public async Task History_ThreeWeeks_ShowsDaysAgainstTheGoalStreaksAndPain()
    {
        var monday = SessionsTestDatabase.Monday;

        // Week of 3 March: two days, no check-ins. Week of 10 March: acute (pain 6), three days. This week: pain 3, days so far.
        await _db.SaveAsync(monday.AddDays(-7));
        await _db.SaveAsync(monday.AddDays(-5));
        await _db.SaveWithPainAsync(monday, before: 6, after: 4);
        await _db.SaveWithPainAsync(monday.AddDays(1), before: 6, after: 5);
        await _db.SaveWithPainAsync(monday.AddDays(2), before: 5, after: 4);
        await _db.SaveWithPainAsync(monday.AddDays(7), before: 4, after: 3);
        await _db.SaveWithPainAsync(monday.AddDays(8), before: 3, after: 2);
        await _db.SaveWithPainAsync(monday.AddDays(9), before: 3, after: 2);

        var (exitCode, output, error) = await History("--weeks", "3");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Equal(
            [
                "2025-03-03     2  3-4/wk     3  below                -      -",
                "2025-03-10     3  daily      7  below              5.7    4.3",
                "2025-03-17     3  3-4/wk     3  met                3.3    2.3  lower",
            ],
            RhythmRows(output));
        Assert.Contains("Goal now: 3-4 days a week to keep the muscles loose; your latest check-in (2025-03-19) gave pain 2/10.", output, StringComparison.Ordinal);
        Assert.Contains("Streaks: 3 days in a row (longest 3 days); 1 week in a row on goal.", output, StringComparison.Ordinal);
        Assert.Contains("Pain (weekly mean, 0-10): before rolling 5.7 -> 3.3, after rolling 4.3 -> 2.3 (first and latest week with check-ins).", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A note about your pain", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AcuteNow_SaysRollDaily()
    {
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(9), before: 5, after: null, days: 2);

        var (_, output, _) = await History("--weeks", "1");

        Assert.Contains("Goal now: roll every day while the pain is acute; your latest check-in (2025-03-19) gave pain 5/10, 2 days since it started.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_NoCheckInYet_SaysHowToAddOne()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (_, output, _) = await History("--weeks", "2");

        Assert.Contains("No check-in yet: `backcare checkin <id> --before`", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Pain (weekly mean", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_SharpPainAtTheLatestCheckIn_EndsWithTheNote()
    {
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(8), before: 4, after: 3, character: PainCharacter.Sharp);

        var (_, output, _) = await History("--weeks", "1");

        var note = output[output.IndexOf("A note about your pain:", StringComparison.Ordinal)..];
        Assert.Equal(
            [
                "A note about your pain:",
                "  " + RedFlagMessages.Reason(RedFlagKind.SharpPain),
                "  " + RedFlagMessages.Advice,
                "  " + RedFlagMessages.Context,
            ],
            note.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task History_UntilAnEarlierWeek_JudgesTheRhythmAsOfThatDay()
    {
        // Pain 6 in the week of 10 March, pain 2 in this week: looking back to 12 March, the goal was daily.
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 6, after: null);
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(8), before: 2, after: null, character: PainCharacter.Sharp);

        var (_, output, _) = await History("--weeks", "1", "--until", "2025-03-12");

        Assert.Contains("Goal now: roll every day while the pain is acute; your latest check-in (2025-03-10) gave pain 6/10.", output, StringComparison.Ordinal);
        Assert.Equal(["2025-03-10     1  daily      7  below              6.0      -"], RhythmRows(output));
        Assert.DoesNotContain("A note about your pain", output, StringComparison.Ordinal);
    }
}
