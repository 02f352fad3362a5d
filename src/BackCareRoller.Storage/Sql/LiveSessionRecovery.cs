using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Live;
using BackCareRoller.Storage.Sessions;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>Marks sessions left live by a dead owner as interrupted, keeping everything they flushed.</summary>
internal static class LiveSessionRecovery
{
    /// <returns>The ids of the sessions marked interrupted.</returns>
    public static List<long> MarkOrphans(SqliteConnection connection, long nowUtcMs, TimeSpan staleAfter, IProcessProbe probe)
    {
        // Cheap unlocked look first: nearly every open finds no live session.
        var candidates = ReadLive(connection, transaction: null);
        if (candidates.Count == 0)
        {
            return [];
        }

        using var transaction = connection.BeginTransaction();
        var orphans = new List<long>();
        foreach (var (id, owner, heartbeat, hasReport) in ReadLive(connection, transaction))
        {
            if (!LiveSessionOwnership.IsOrphaned(owner, heartbeat, nowUtcMs, staleAfter, probe))
            {
                continue;
            }

            if (!hasReport)
            {
                // The owner died before writing a summary: rebuild one from what it did flush.
                var stored = SessionReads.Get(connection, id, transaction)!;
                var summary = TimelineSummary.Of(stored.Report.Zones, stored.Report.Alerts);
                SessionWrites.WriteDocument(transaction, id, ReportDocument.Of(summary, stored.Listing.Duration));
            }

            // The session ends where its data ends: the last heartbeat, i.e. the last flush.
            SessionWrites.SetStatus(transaction, id, SessionStatus.Interrupted, heartbeat);
            orphans.Add(id);
        }

        transaction.Commit();
        return orphans;
    }

    private static List<(long Id, OwnerIdentity? Owner, long? Heartbeat, bool HasReport)> ReadLive(
        SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            SELECT id, owner_host, owner_pid, owner_started_utc_ms, heartbeat_utc_ms, report_json IS NOT NULL
            FROM sessions WHERE status = 'live';
            """;
        using var reader = command.ExecuteReader();
        var live = new List<(long, OwnerIdentity?, long?, bool)>();
        while (reader.Read())
        {
            OwnerIdentity? owner = reader.IsDBNull(1) || reader.IsDBNull(2)
                ? null
                : new OwnerIdentity(reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
            live.Add((reader.GetInt64(0), owner, reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.GetBoolean(5)));
        }

        return live;
    }
}
