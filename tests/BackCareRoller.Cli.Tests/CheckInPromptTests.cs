using BackCareRoller.Cli.Commands;
using BackCareRoller.Core.CheckIns;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.Cli.Tests;

public sealed class CheckInPromptTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero));

    private CliConsole Console(string typed, bool interactive, StringWriter output) =>
        new(output, output) { In = new StringReader(typed), InputIsInteractive = interactive, Time = _time };

    [Fact]
    public async Task AskAsync_NotATerminal_ReturnsNullWritingNothing()
    {
        using var output = new StringWriter();

        var checkIn = await CheckInPrompt.AskAsync(Console("5\n", interactive: false, output), CheckInMoment.Before, skip: false, prompts: null, CancellationToken.None);

        Assert.Null(checkIn);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task AskAsync_NoCheckinFlag_ReturnsNullWritingNothing()
    {
        using var output = new StringWriter();

        var checkIn = await CheckInPrompt.AskAsync(Console("5\n", interactive: true, output), CheckInMoment.Before, skip: true, prompts: null, CancellationToken.None);

        Assert.Null(checkIn);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task AskAsync_AtATerminal_ReadsTheAnswersAndTimesThemWithTheClock()
    {
        using var output = new StringWriter();
        using var prompts = new StringWriter();

        var checkIn = await CheckInPrompt.AskAsync(Console("3\n\ns\nn\n", interactive: true, output), CheckInMoment.After, skip: false, prompts, CancellationToken.None);

        Assert.Equal(new CheckIn { RecordedAt = _time.GetUtcNow(), Pain = 3, Character = PainCharacter.Sharp, RadiatesDownLeg = false }, checkIn);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("Check-in after rolling.", prompts.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CreateSkipOption_IsNoCheckin()
    {
        Assert.Equal("--no-checkin", CheckInPrompt.CreateSkipOption().Name);
    }
}
