using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.History;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>Loads what history needs for sessions started in a UTC range: three indexed queries, no per-session round trip.</summary>
internal static class HistoryReads
{
    public static List<HistorySessionRow> Load(SqliteConnection connection, DateTimeOffset from, DateTimeOffset to)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        var starts = new Dictionary<long, long>();
        using (var command = Command(transaction, "SELECT id, started_utc_ms FROM sessions s WHERE {0};", fromMs, toMs))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                starts[reader.GetInt64(0)] = reader.GetInt64(1);
            }
        }

        var seconds = new Dictionary<long, Dictionary<BodyZone, double>>();
        const string ZonesSql = """
            SELECT z.session_id, z.zone, z.seconds FROM zone_totals z JOIN sessions s ON s.id = z.session_id
            WHERE z.side = '' AND {0};
            """;
        using (var command = Command(transaction, ZonesSql, fromMs, toMs))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var perZone = GetOrAdd(seconds, reader.GetInt64(0));
                perZone[StorageNames.ZoneFrom(reader.GetString(1))] = reader.GetDouble(2);
            }
        }

        var alerts = new Dictionary<long, Dictionary<AlertKind, int>>();
        const string AlertsSql = """
            SELECT a.session_id, a.kind, count(*) FROM alerts a JOIN sessions s ON s.id = a.session_id
            WHERE {0} GROUP BY a.session_id, a.kind;
            """;
        using (var command = Command(transaction, AlertsSql, fromMs, toMs))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var perKind = GetOrAdd(alerts, reader.GetInt64(0));
                perKind[StorageNames.AlertFrom(reader.GetString(1))] = reader.GetInt32(2);
            }
        }

        transaction.Commit();
        var rows = new List<HistorySessionRow>(starts.Count);
        foreach (var (id, startedMs) in starts)
        {
            rows.Add(new HistorySessionRow(
                id,
                DateTimeOffset.FromUnixTimeMilliseconds(startedMs),
                seconds.TryGetValue(id, out var z) ? z : [],
                alerts.TryGetValue(id, out var a) ? a : []));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, long fromMs, long toMs)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, "s.started_utc_ms >= $from AND s.started_utc_ms < $to");
        command.Parameters.AddWithValue("$from", fromMs);
        command.Parameters.AddWithValue("$to", toMs);
        return command;
    }

    private static Dictionary<TKey, TValue> GetOrAdd<TKey, TValue>(Dictionary<long, Dictionary<TKey, TValue>> map, long id)
        where TKey : notnull
    {
        if (!map.TryGetValue(id, out var value))
        {
            value = [];
            map[id] = value;
        }

        return value;
    }
}
