using System.CommandLine;
using System.CommandLine.Help;
using System.Reflection;
using BackCareRoller.Cli.Commands;

namespace BackCareRoller.Cli;

/// <summary>The `backcare` command: builds the verb tree and runs it.</summary>
public static class BackCareCli
{
    /// <summary>The product version, from this assembly's informational version without the source hash.</summary>
    public static string ProductVersion { get; } =
        (typeof(BackCareCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];

    /// <summary>Parses <paramref name="args"/>, runs the chosen verb and returns its exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="output">Where normal output goes (standard output in production).</param>
    /// <param name="error">Where errors go (standard error in production).</param>
    /// <param name="cancellationToken">Stops a long-running verb such as <c>serve</c>.</param>
    /// <returns>0 on success, non-zero on any error.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        RunAsync(args, new CliConsole(output, error), cancellationToken);

    /// <summary>Parses <paramref name="args"/>, runs the chosen verb with <paramref name="console"/> and returns its exit code.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="console">Output, errors, the input prompts read from, and the clock.</param>
    /// <param name="cancellationToken">Stops a long-running verb such as <c>serve</c>.</param>
    /// <returns>0 on success, non-zero on any error.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var output = console.Out;
        var error = console.Error;
        var root = new RootCommand("BackCareRoller: foam-roll your back slowly and never on the lower back or neck.");
        foreach (var command in CommandCatalog.Create(console))
        {
            root.Subcommands.Add(command);
        }

        // The built-in --version reads the entry assembly, which is the test host when tests run
        // the CLI in-process; report this assembly's version instead.
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        var version = new Option<bool>("--version") { Description = "Show the version of backcare." };
        root.Options.Add(version);
        root.SetAction(parsed =>
        {
            if (parsed.GetValue(version))
            {
                console.Out.WriteLine(ProductVersion);
                return 0;
            }

            return new HelpAction().Invoke(parsed);
        });

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
