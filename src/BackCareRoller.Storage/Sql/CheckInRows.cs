using BackCareRoller.Core.CheckIns;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>Writes and reads the <c>checkins</c> table (schema step 4).</summary>
internal static class CheckInRows
{
    private const string Columns = "session_id, moment, recorded_utc_ms, pain, locations, character, radiates_down_leg, days_since_start";

    /// <summary>Stores a check-in, replacing the session's earlier one of the same moment.</summary>
    public static void Upsert(SqliteTransaction transaction, long sessionId, CheckInMoment moment, CheckIn checkIn)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO checkins ({Columns})
            VALUES ($id, $moment, $recorded, $pain, $locations, $character, $radiates, $days)
            ON CONFLICT (session_id, moment) DO UPDATE SET
                recorded_utc_ms = excluded.recorded_utc_ms, pain = excluded.pain, locations = excluded.locations,
                character = excluded.character, radiates_down_leg = excluded.radiates_down_leg,
                days_since_start = excluded.days_since_start;
            """;
        command.Parameters.AddWithValue("$id", sessionId);
        command.Parameters.AddWithValue("$moment", StorageNames.Of(moment));
        command.Parameters.AddWithValue("$recorded", checkIn.RecordedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$pain", checkIn.Pain);
        command.Parameters.AddWithValue("$locations", PainLocations.Join(checkIn.Where));
        command.Parameters.AddWithValue("$character", checkIn.Character is { } character ? StorageNames.Of(character) : DBNull.Value);
        command.Parameters.AddWithValue("$radiates", checkIn.RadiatesDownLeg is { } radiates ? (radiates ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$days", (object?)checkIn.DaysSinceStart ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>Stores both check-ins a report carries.</summary>
    public static void Upsert(SqliteTransaction transaction, long sessionId, SessionCheckIns checkIns)
    {
        if (checkIns.Before is { } before)
        {
            Upsert(transaction, sessionId, CheckInMoment.Before, before);
        }

        if (checkIns.After is { } after)
        {
            Upsert(transaction, sessionId, CheckInMoment.After, after);
        }
    }

    /// <summary>One session's check-ins; <see cref="SessionCheckIns.None"/> when it has none.</summary>
    public static SessionCheckIns ReadFor(SqliteConnection connection, SqliteTransaction? transaction, long sessionId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM checkins WHERE session_id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        using var reader = command.ExecuteReader();
        var checkIns = SessionCheckIns.None;
        while (reader.Read())
        {
            checkIns = checkIns.With(StorageNames.MomentFrom(reader.GetString(1)), Read(reader));
        }

        return checkIns;
    }

    /// <summary>Every session, oldest first, with its check-ins: two queries, whatever the number of sessions.</summary>
    public static List<CheckInSession> Timeline(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: true);
        var byId = new Dictionary<long, SessionCheckIns>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Columns} FROM checkins;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                byId[id] = byId.GetValueOrDefault(id, SessionCheckIns.None).With(StorageNames.MomentFrom(reader.GetString(1)), Read(reader));
            }
        }

        var sessions = new List<CheckInSession>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT id, started_utc_ms FROM sessions ORDER BY started_utc_ms, id;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                sessions.Add(new CheckInSession(
                    id, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)), byId.GetValueOrDefault(id, SessionCheckIns.None)));
            }
        }

        transaction.Commit();
        return sessions;
    }

    private static CheckIn Read(SqliteDataReader reader) => new()
    {
        RecordedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        Pain = reader.GetInt32(3),
        Where = PainLocations.Split(reader.GetString(4)),
        Character = reader.IsDBNull(5) ? null : StorageNames.CharacterFrom(reader.GetString(5)),
        RadiatesDownLeg = reader.IsDBNull(6) ? null : reader.GetInt64(6) != 0,
        DaysSinceStart = reader.IsDBNull(7) ? null : reader.GetInt32(7),
    };
}
