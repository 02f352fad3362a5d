using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Live;
using BackCareRoller.Storage.Sessions;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>The INSERTs and UPDATEs of a session, each run inside the caller's transaction.</summary>
internal static class SessionWrites
{
    // Raw samples go in chunks of at most this many (about 1 MB each) so one row never gets huge.
    private const int RawSamplesPerChunk = 32_768;

    public static long InsertSession(
        SqliteTransaction transaction, SessionRecord record, SessionStatus status, OwnerIdentity? owner, long? heartbeatUtcMs, bool keepRaw)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO sessions (status, started_utc_ms, devices, height_cm, roller_diameter_cm, source,
                                  owner_host, owner_pid, owner_started_utc_ms, heartbeat_utc_ms, keep_raw)
            VALUES ($status, $started, $devices, $height, $diameter, $source, $host, $pid, $ownerStarted, $heartbeat, $keepRaw)
            RETURNING id;
            """;
        command.Parameters.AddWithValue("$status", StorageNames.Of(status));
        command.Parameters.AddWithValue("$started", record.StartedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$devices", DeviceList.Join(record.Devices));
        command.Parameters.AddWithValue("$height", (object?)record.Setup.HeightCm ?? DBNull.Value);
        command.Parameters.AddWithValue("$diameter", (object?)record.Setup.RollerDiameterCm ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", (object?)record.Source ?? DBNull.Value);
        command.Parameters.AddWithValue("$host", (object?)owner?.Host ?? DBNull.Value);
        command.Parameters.AddWithValue("$pid", (object?)owner?.ProcessId ?? DBNull.Value);
        command.Parameters.AddWithValue("$ownerStarted", (object?)owner?.ProcessStartedUtcMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$heartbeat", (object?)heartbeatUtcMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$keepRaw", keepRaw ? 1 : 0);
        return (long)command.ExecuteScalar()!;
    }

    public static void InsertIntervals(SqliteTransaction transaction, long sessionId, int firstSeq, IReadOnlyList<ZoneInterval> intervals)
    {
        if (intervals.Count == 0)
        {
            return;
        }

        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO zone_intervals (session_id, seq, start_ticks, end_ticks, zone, side)
            VALUES ($id, $seq, $start, $end, $zone, $side);
            """;
        command.Parameters.AddWithValue("$id", sessionId);
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var start = command.Parameters.Add("$start", SqliteType.Integer);
        var end = command.Parameters.Add("$end", SqliteType.Integer);
        var zone = command.Parameters.Add("$zone", SqliteType.Text);
        var side = command.Parameters.Add("$side", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < intervals.Count; i++)
        {
            var interval = intervals[i];
            seq.Value = firstSeq + i;
            start.Value = interval.Start.Ticks;
            end.Value = interval.End.Ticks;
            zone.Value = StorageNames.Of(interval.Zone);
            side.Value = interval.Side is { } s ? StorageNames.Of(s) : DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    public static void InsertAlerts(SqliteTransaction transaction, long sessionId, int firstSeq, IReadOnlyList<Alert> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO alerts (session_id, seq, t_ticks, kind) VALUES ($id, $seq, $t, $kind);";
        command.Parameters.AddWithValue("$id", sessionId);
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var time = command.Parameters.Add("$t", SqliteType.Integer);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        command.Prepare();
        for (var i = 0; i < alerts.Count; i++)
        {
            seq.Value = firstSeq + i;
            time.Value = alerts[i].Time.Ticks;
            kind.Value = StorageNames.Of(alerts[i].Kind);
            command.ExecuteNonQuery();
        }
    }

    public static void InsertSpeedChunk(SqliteTransaction transaction, long sessionId, int seq, IReadOnlyList<SpeedReading> readings)
    {
        if (readings.Count == 0)
        {
            return;
        }

        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO speed_chunks (session_id, seq, readings) VALUES ($id, $seq, $blob);";
        command.Parameters.AddWithValue("$id", sessionId);
        command.Parameters.AddWithValue("$seq", seq);
        command.Parameters.AddWithValue("$blob", SeriesBlobs.PackSpeed(readings, 0, readings.Count));
        command.ExecuteNonQuery();
    }

    /// <summary>Stores raw samples in chunks numbered from <paramref name="firstSeq"/>.</summary>
    /// <returns>The number of chunks written.</returns>
    public static int InsertRawSamples(SqliteTransaction transaction, long sessionId, int firstSeq, ReadOnlySpan<ImuSample> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO raw_samples (session_id, seq, sample_count, samples) VALUES ($id, $seq, $count, $blob);";
        command.Parameters.AddWithValue("$id", sessionId);
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var count = command.Parameters.Add("$count", SqliteType.Integer);
        var blob = command.Parameters.Add("$blob", SqliteType.Blob);
        var chunks = 0;
        for (var offset = 0; offset < samples.Length; offset += RawSamplesPerChunk)
        {
            var chunk = samples.Slice(offset, Math.Min(RawSamplesPerChunk, samples.Length - offset));
            seq.Value = firstSeq + chunks;
            count.Value = chunk.Length;
            blob.Value = SeriesBlobs.PackSamples(chunk);
            command.ExecuteNonQuery();
            chunks++;
        }

        return chunks;
    }

    /// <summary>Replaces the per-zone totals and the report document with those of <paramref name="document"/>.</summary>
    /// <param name="transaction">The open write transaction.</param>
    /// <param name="sessionId">The session.</param>
    /// <param name="document">A report without its series (<see cref="ReportDocument"/>).</param>
    public static void WriteDocument(SqliteTransaction transaction, long sessionId, SessionReport document)
    {
        var connection = transaction.Connection!;
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM zone_totals WHERE session_id = $id;";
            delete.Parameters.AddWithValue("$id", sessionId);
            delete.ExecuteNonQuery();
        }

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO zone_totals (session_id, zone, side, seconds) VALUES ($id, $zone, $side, $seconds);";
            insert.Parameters.AddWithValue("$id", sessionId);
            var zone = insert.Parameters.Add("$zone", SqliteType.Text);
            var side = insert.Parameters.Add("$side", SqliteType.Text);
            var seconds = insert.Parameters.Add("$seconds", SqliteType.Real);
            foreach (var (z, s) in document.Summary.PerZoneSeconds)
            {
                zone.Value = StorageNames.Of(z);
                side.Value = string.Empty;
                seconds.Value = s;
                insert.ExecuteNonQuery();
            }

            foreach (var (z, sides) in document.Summary.PerZoneSideSeconds)
            {
                foreach (var (sd, s) in sides)
                {
                    zone.Value = StorageNames.Of(z);
                    side.Value = StorageNames.Of(sd);
                    seconds.Value = s;
                    insert.ExecuteNonQuery();
                }
            }
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE sessions SET report_json = $json, duration_ticks = max(duration_ticks, $duration) WHERE id = $id;";
        update.Parameters.AddWithValue("$json", StoredReportJson.Write(document));
        update.Parameters.AddWithValue("$duration", TimeSpan.FromSeconds(document.DurationSeconds).Ticks);
        update.Parameters.AddWithValue("$id", sessionId);
        update.ExecuteNonQuery();
    }

    public static void SetDuration(SqliteTransaction transaction, long sessionId, TimeSpan duration)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE sessions SET duration_ticks = $duration WHERE id = $id;";
        command.Parameters.AddWithValue("$duration", duration.Ticks);
        command.Parameters.AddWithValue("$id", sessionId);
        command.ExecuteNonQuery();
    }

    public static void SetStatus(SqliteTransaction transaction, long sessionId, SessionStatus status, long? endedUtcMs)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE sessions SET status = $status, ended_utc_ms = $ended WHERE id = $id;";
        command.Parameters.AddWithValue("$status", StorageNames.Of(status));
        command.Parameters.AddWithValue("$ended", (object?)endedUtcMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", sessionId);
        command.ExecuteNonQuery();
    }

    /// <summary>Records that the live session's owner is alive and has flushed, and how far its data reaches.</summary>
    public static void Heartbeat(SqliteTransaction transaction, long sessionId, long heartbeatUtcMs, TimeSpan reachedDuration)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE sessions SET heartbeat_utc_ms = $heartbeat, duration_ticks = max(duration_ticks, $duration)
            WHERE id = $id;
            """;
        command.Parameters.AddWithValue("$heartbeat", heartbeatUtcMs);
        command.Parameters.AddWithValue("$duration", reachedDuration.Ticks);
        command.Parameters.AddWithValue("$id", sessionId);
        command.ExecuteNonQuery();
    }
}
