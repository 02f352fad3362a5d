using System.Globalization;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Cli.Tests;

public sealed class CheckInCommandTests : IDisposable
{
    private readonly SessionsTestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(SessionsTestDatabase.Monday.AddMinutes(-1));

    public void Dispose() => _db.Dispose();

    private Task<(int ExitCode, string Output, string Error)> CheckIn(string? typed, long id, params string[] options) =>
        CliRunner.RunWithAsync(typed, _time, ["checkin", id.ToString(CultureInfo.InvariantCulture), .. options, "--db", _db.Path]);

    [Fact]
    public async Task CheckIn_AllAnswersAsOptions_StoresThemAndSaysWhat()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, error) = await CheckIn(
            null, id, "--before", "--pain", "5", "--where", "lower back, left leg", "--character", "dull", "--radiating", "no", "--days", "3");

        Assert.Equal((0, string.Empty), (exitCode, error));
        var expected = new CheckIn
        {
            RecordedAt = _time.GetUtcNow(),
            Pain = 5,
            Where = [new PainLocation(PainArea.LowerBack, null), new PainLocation(PainArea.Leg, BodySide.Left)],
            Character = PainCharacter.Dull,
            RadiatesDownLeg = false,
            DaysSinceStart = 3,
        };
        Assert.Equal(new SessionCheckIns(expected, null), await _db.CheckInsAsync(id));
        Assert.Contains(
            $"Saved the check-in before session {id}: pain 5/10; lower back, left leg; dull; not down a leg; started 3 days ago.",
            output,
            StringComparison.Ordinal);
        Assert.DoesNotContain("A note about your pain", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_WhereGivenTwice_CollectsBoth()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        await CheckIn(null, id, "--after", "--pain", "2", "--where", "right-buttock", "--where", "leg right");

        Assert.Equal(
            [new PainLocation(PainArea.Buttock, BodySide.Right), new PainLocation(PainArea.Leg, BodySide.Right)],
            (await _db.CheckInsAsync(id))!.After!.Where);
    }

    [Fact]
    public async Task CheckIn_TypedAnswers_AsksEachQuestionAndStoresTheAnswers()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, _) = await CheckIn("6\nleft buttock\nd\ny\n2\n", id, "--before");

        Assert.Equal(0, exitCode);
        var stored = (await _db.CheckInsAsync(id))!.Before!;
        Assert.Equal((6, PainCharacter.Dull, true, 2), (stored.Pain, stored.Character!.Value, stored.RadiatesDownLeg!.Value, stored.DaysSinceStart!.Value));
        Assert.Equal([new PainLocation(PainArea.Buttock, BodySide.Left)], stored.Where);
        Assert.Contains("Pain 0-10", output, StringComparison.Ordinal);
        Assert.Contains("How many days ago", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_TypedRadiatingPain_EndsWithTheCalmRedFlagNote()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (_, output, _) = await CheckIn("4\nleg\nd\ny\n1\n", id, "--before");

        Assert.Contains("A note about your pain:", output, StringComparison.Ordinal);
        Assert.Contains("  " + RedFlagMessages.Reason(RedFlagKind.RadiatingPain), output, StringComparison.Ordinal);
        Assert.Contains("  " + RedFlagMessages.Advice, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_AfterRolling_AsksNoDaysAndComparesWithBefore()
    {
        var id = await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 5, after: null);

        var (_, output, _) = await CheckIn("3\n\n\n\n", id, "--after");

        Assert.DoesNotContain("How many days ago", output, StringComparison.Ordinal);
        Assert.Contains("Pain before rolling 5/10, after 3/10.", output, StringComparison.Ordinal);
        Assert.Equal(3, (await _db.CheckInsAsync(id))!.After!.Pain);
    }

    [Fact]
    public async Task CheckIn_PainZero_AsksNothingMore()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (_, output, _) = await CheckIn("0\n", id, "--before");

        Assert.DoesNotContain("Where does it hurt", output, StringComparison.Ordinal);
        Assert.Equal(0, (await _db.CheckInsAsync(id))!.Before!.Pain);
    }

    [Fact]
    public async Task CheckIn_EnterAtThePainQuestion_SkipsAndStoresNothing()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, _) = await CheckIn("\n", id, "--before");

        Assert.Equal(0, exitCode);
        Assert.Contains("Check-in skipped.", output, StringComparison.Ordinal);
        Assert.Equal(SessionCheckIns.None, await _db.CheckInsAsync(id));
    }

    [Fact]
    public async Task CheckIn_WrongAnswers_AskedAgainThenTheQuestionIsSkipped()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        // "eleven" and 11 are re-asked, then 7; the place is wrong three times, so it is skipped; then sharp.
        var (_, output, _) = await CheckIn("eleven\n11\n7\nknee\nelbow\nneck\ns\n\n\n", id, "--before");

        var stored = (await _db.CheckInsAsync(id))!.Before!;
        Assert.Equal((7, PainCharacter.Sharp), (stored.Pain, stored.Character!.Value));
        Assert.Empty(stored.Where);
        Assert.Equal(2, CountOf(output, "Please type a whole number from 0 to 10"));
        Assert.Equal(2, CountOf(output, "Please name lower back, buttock or leg"));
    }

    [Fact]
    public async Task CheckIn_InputEndsAfterThePain_KeepsThePain()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, _) = await CheckIn("4\n", id, "--before");

        Assert.Equal(0, exitCode);
        Assert.Equal(new CheckIn { RecordedAt = _time.GetUtcNow(), Pain = 4 }, (await _db.CheckInsAsync(id))!.Before);
    }

    [Fact]
    public async Task CheckIn_NotATerminalAndNoPainOption_SkipsCleanly()
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, error) = await CheckIn(null, id, "--after");

        Assert.Equal((0, string.Empty), (exitCode, error));
        Assert.Contains("Check-in skipped: input is not a terminal", output, StringComparison.Ordinal);
        Assert.Equal(SessionCheckIns.None, await _db.CheckInsAsync(id));
    }

    [Theory]
    [InlineData(new[] { "--pain", "3" }, "--before or --after")]
    [InlineData(new[] { "--before", "--after", "--pain", "3" }, "--before or --after")]
    [InlineData(new[] { "--before", "--pain", "11" }, "--pain '11'")]
    [InlineData(new[] { "--before", "--pain", "-1" }, "--pain '-1'")]
    [InlineData(new[] { "--before", "--pain", "3", "--where", "knee" }, "--where 'knee'")]
    [InlineData(new[] { "--before", "--pain", "3", "--character", "burning" }, "--character 'burning'")]
    [InlineData(new[] { "--before", "--pain", "3", "--radiating", "maybe" }, "--radiating 'maybe'")]
    [InlineData(new[] { "--before", "--pain", "3", "--days", "a week" }, "--days 'a week'")]
    [InlineData(new[] { "--before", "--where", "leg" }, "go with --pain N")]
    public async Task CheckIn_BadOptions_FailNamingThemAndStoreNothing(string[] options, string named)
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, _, error) = await CheckIn(null, id, options);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Equal(SessionCheckIns.None, await _db.CheckInsAsync(id));
    }

    [Fact]
    public async Task CheckIn_UnknownSession_FailsBeforeAskingAnything()
    {
        await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (exitCode, output, error) = await CheckIn("5\n", 99, "--before");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no session 99", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Pain 0-10", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7", false)]
    [InlineData("8", true)]
    public async Task CheckIn_DaysSinceStart_MoreThanAWeekGetsTheNote(string days, bool noted)
    {
        var id = await _db.SaveAsync(SessionsTestDatabase.Monday);

        var (_, output, _) = await CheckIn(null, id, "--before", "--pain", "3", "--days", days);

        Assert.Equal(noted, output.Contains("A note about your pain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckIn_PainRoseInTheLastTwoSessions_GetsTheNote()
    {
        await _db.SaveWithPainAsync(SessionsTestDatabase.Monday.AddDays(-1), before: 3, after: 4);
        var id = await _db.SaveWithPainAsync(SessionsTestDatabase.Monday, before: 3, after: null);

        var (_, output, _) = await CheckIn(null, id, "--after", "--pain", "5");

        Assert.Contains(RedFlagMessages.Reason(RedFlagKind.RisingAfterRolling), output, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
