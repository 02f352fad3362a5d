using System.ComponentModel.DataAnnotations;

namespace BackCareRoller.Storage;

/// <summary>Where the session database lives and how live sessions are made crash-safe.</summary>
public sealed class SessionStoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Storage";

    /// <summary>Path of the SQLite database file.</summary>
    /// <value>Default null: <c>BACKCARE_DB</c>, else the user's data directory (see <see cref="SessionDatabasePath"/>).</value>
    public string? DatabasePath { get; set; }

    /// <summary>How often a live session's buffered data is written to the database.</summary>
    /// <value>Default 5 s; 100 ms to 5 s. A crash loses at most this much of a live session.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:05")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a live session owned by a process on another machine may go without a heartbeat before it is taken
    /// for dead and marked interrupted. Owners on this machine are checked directly by process id.
    /// </summary>
    /// <value>Default 1 min; 10 s to 1 day. Keep it well above <see cref="FlushInterval"/>.</value>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan StaleLiveSessionAfter { get; set; } = TimeSpan.FromMinutes(1);
}
