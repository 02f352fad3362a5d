using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Tests.Support;

/// <summary>A real SQLite file in a fresh temporary directory, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "backcare-storage-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Directory, "sessions", "backcare.db");
    }

    public string Directory { get; }

    public string Path { get; }

    /// <summary>A plain connection for looking at the file the way the store left it.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
