using System.CommandLine;
using BackCareRoller.Storage;

namespace BackCareRoller.Cli.Commands;

/// <summary>The <c>--db</c> option every storage verb takes, and opening the store with clear errors.</summary>
internal static class SessionsDatabase
{
    public static Option<string?> CreateOption() => new("--db")
    {
        Description = $"The session database file (default: ${SessionDatabasePath.EnvironmentVariable}, else {SessionDatabasePath.Default}).",
        HelpName = "PATH",
    };

    public static string Resolve(string? explicitPath) =>
        SessionDatabasePath.Resolve(explicitPath, Environment.GetEnvironmentVariable);

    /// <summary>Opens the store at <paramref name="path"/>, creating it if needed.</summary>
    /// <returns>The store, or null after writing the reason to the console's error stream.</returns>
    public static async Task<SessionStore?> OpenAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await SessionStore.OpenAsync(path, TimeProvider.System, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (SessionStoreException exception)
        {
            await console.Error.WriteLineAsync($"backcare: {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Opens an existing store; a missing file is an error (reading verbs never create one by accident).</summary>
    /// <returns>The store, or null after writing the reason to the console's error stream.</returns>
    public static async Task<SessionStore?> OpenExistingAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync($"backcare: no session database at '{path}' (nothing saved yet, or a wrong --db).").ConfigureAwait(false);
            return null;
        }

        return await OpenAsync(path, console, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> NoSuchSessionAsync(CliConsole console, long id, string path)
    {
        await console.Error.WriteLineAsync($"backcare: no session {id} in '{path}' (see: backcare sessions list).").ConfigureAwait(false);
        return 1;
    }
}
