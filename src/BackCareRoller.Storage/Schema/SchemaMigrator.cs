using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Schema;

/// <summary>Brings a database forward to the latest schema at start-up, safely when several processes open it at once.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies every step above the database's version, up to <paramref name="targetVersion"/>.</summary>
    /// <returns>The versions applied, oldest first.</returns>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, int targetVersion, string databasePath)
    {
        // Cheap check outside a write lock: most opens find the schema current.
        var current = ReadVersion(connection, transaction: null);
        ThrowIfNewer(current, databasePath);
        if (current >= targetVersion)
        {
            return [];
        }

        // BEGIN IMMEDIATE takes the write lock, so a second process opening at the same moment waits here and then
        // re-reads the version instead of applying the same step twice.
        using var transaction = connection.BeginTransaction();
        current = ReadVersion(connection, transaction);
        var applied = new List<int>();
        foreach (var migration in Migrations.All)
        {
            if (migration.Version <= current || migration.Version > targetVersion)
            {
                continue;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = migration.Sql + $"\nPRAGMA user_version = {migration.Version.ToString(CultureInfo.InvariantCulture)};";
            command.ExecuteNonQuery();
            applied.Add(migration.Version);
        }

        transaction.Commit();
        return applied;
    }

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void ThrowIfNewer(int current, string databasePath)
    {
        if (current > Migrations.Latest)
        {
            throw new SessionStoreException(
                $"The session database '{databasePath}' has schema version {current}, newer than this backcare understands " +
                $"({Migrations.Latest}). Update backcare, or use another database with --db.");
        }
    }
}
