using BackCareRoller.Cli;

namespace BackCareRoller.Cli.Tests;

public sealed class BackCareCliTests
{
    [Fact]
    public async Task RunAsync_Help_ListsVerbsAndExitsZero()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("about", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Version_PrintsAssemblyVersion()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.1.0", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsNonZeroWithError()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync("frobnicate");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("frobnicate", error, StringComparison.Ordinal);
    }
}
