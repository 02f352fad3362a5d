namespace BackCareRoller.Storage;

/// <summary>Finds the session database: an explicit path, else <c>BACKCARE_DB</c>, else the user's data directory.</summary>
public static class SessionDatabasePath
{
    /// <summary>The environment variable that overrides the default database path.</summary>
    public const string EnvironmentVariable = "BACKCARE_DB";

    /// <summary>The database file's name inside the data directory.</summary>
    public const string FileName = "backcare.db";

    /// <summary>The per-user default: <c>LocalApplicationData/BackCareRoller/backcare.db</c> (on Linux <c>$XDG_DATA_HOME</c> or <c>~/.local/share</c>).</summary>
    public static string Default =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "BackCareRoller", FileName);

    /// <summary>Chooses the database path.</summary>
    /// <param name="explicitPath">A path given on the command line (<c>--db</c>) or in configuration; wins when not blank.</param>
    /// <param name="environment">Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> in production.</param>
    /// <returns>The full path of the database file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="environment"/> is null.</exception>
    public static string Resolve(string? explicitPath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = environment(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? Default : Path.GetFullPath(fromEnvironment);
    }
}
