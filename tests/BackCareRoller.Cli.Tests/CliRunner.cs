using BackCareRoller.Cli;

namespace BackCareRoller.Cli.Tests;

/// <summary>Runs the real `backcare` entry point in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await BackCareCli.RunAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs with typed answers (<paramref name="input"/>, null for no terminal) and a fixed clock.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithAsync(string? input, TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var answers = new StringReader(input ?? string.Empty);
        var console = new CliConsole(output, error) { In = answers, InputIsInteractive = input is not null, Time = time };
        var exitCode = await BackCareCli.RunAsync(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }
}
