using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>Opens connections to one database file with the settings every connection needs.</summary>
internal sealed class StoreConnections
{
    // How long a statement waits for another process's write lock before failing (SQLITE_BUSY is retried meanwhile).
    private const int BusyTimeoutSeconds = 30;

    public StoreConnections(string databasePath)
    {
        DatabasePath = databasePath;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();
    }

    public string DatabasePath { get; }

    public string ConnectionString { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();

            // WAL lets the service write while the CLI reads; the setting is stored in the file, so re-issuing it is a
            // no-op. synchronous=NORMAL in WAL survives a killed process (only a power cut can lose the last commits).
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Releases pooled handles so the file can be deleted or moved.</summary>
    public void ReleasePool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
