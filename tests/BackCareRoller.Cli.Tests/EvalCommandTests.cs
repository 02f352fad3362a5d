using System.Text.Json;

namespace BackCareRoller.Cli.Tests;

public sealed class EvalCommandTests
{
    // Held-out seeds (>= 1000): nothing in the pipeline was tuned on them. Targets of issue 3 section 5.
    [Fact]
    public async Task Eval_HeldOutSeeds_MeetsSpeedAndTooFastTargets()
    {
        var (exitCode, output, error) = await CliRunner.RunAsync("eval", "--seeds", "1010-1013", "--json");

        Assert.True(exitCode == 0, error);
        using var scores = JsonDocument.Parse(output);
        var all = scores.RootElement.GetProperty("speed").GetProperty("all");
        Assert.Equal(4, all.GetProperty("sessions").GetInt32());
        Assert.InRange(all.GetProperty("mae_cm_per_s").GetDouble(), 0, 0.05);
        Assert.InRange(all.GetProperty("too_fast_f1").GetDouble(), 0.98, 1.0);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("9-3")]
    [InlineData("")]
    public async Task Eval_BadSeedList_ExitsNonZero(string seeds)
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("eval", "--seeds", seeds);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--seeds", error, StringComparison.Ordinal);
    }
}
