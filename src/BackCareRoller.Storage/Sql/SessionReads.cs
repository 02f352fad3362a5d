using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Sessions;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage.Sql;

/// <summary>The SELECTs that rebuild sessions and their reports.</summary>
internal static class SessionReads
{
    private const string ListingColumns = """
        s.id, s.status, s.started_utc_ms, s.ended_utc_ms, s.duration_ticks, s.devices, s.height_cm, s.roller_diameter_cm,
        s.source, (SELECT count(*) FROM alerts a WHERE a.session_id = s.id) AS alert_count, s.report_json
        """;

    public static List<SessionListing> List(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ListingColumns} FROM sessions s ORDER BY s.started_utc_ms, s.id;";
        using var reader = command.ExecuteReader();
        var listings = new List<SessionListing>();
        while (reader.Read())
        {
            listings.Add(ReadListing(reader));
        }

        return listings;
    }

    public static StoredSession? Get(SqliteConnection connection, long id)
    {
        // One read transaction, so a concurrent flush cannot land between the session row and its series.
        using var transaction = connection.BeginTransaction(deferred: true);
        var session = Get(connection, id, transaction);
        transaction.Commit();
        return session;
    }

    public static StoredSession? Get(SqliteConnection connection, long id, SqliteTransaction transaction)
    {
        SessionListing listing;
        string? reportJson;
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = $"SELECT {ListingColumns} FROM sessions s WHERE s.id = $id;";
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            listing = ReadListing(reader);
            reportJson = reader.IsDBNull(10) ? null : reader.GetString(10);
        }

        var stored = reportJson is null ? null : StoredReportJson.Read(reportJson);

        // A completed session's document holds its exact duration; a live or interrupted one may have data past
        // its last summary, which the stored duration (how far the data reaches) covers.
        var duration = stored is null ? listing.Duration.TotalSeconds
            : listing.Status == SessionStatus.Completed ? stored.DurationSeconds
            : Math.Max(stored.DurationSeconds, listing.Duration.TotalSeconds);
        var report = (stored ?? ReportDocument.Of(EmptySummary, TimeSpan.Zero)) with
        {
            DurationSeconds = duration,
            Alerts = ReadAlerts(transaction, id),
            Zones = ReadIntervals(transaction, id),
            Speed = ReadSpeed(transaction, id),
            CheckIns = CheckInRows.ReadFor(connection, transaction, id) is { IsEmpty: false } checkIns ? checkIns : null,
        };
        return new StoredSession(listing, report);
    }

    public static List<ImuSample> ReadRawSamples(SqliteConnection connection, long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT samples FROM raw_samples WHERE session_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var samples = new List<ImuSample>();
        while (reader.Read())
        {
            SeriesBlobs.UnpackSamples((byte[])reader.GetValue(0), samples);
        }

        return samples;
    }

    public static SessionSummary EmptySummary { get; } = new()
    {
        PerZoneSeconds = new Dictionary<BodyZone, double>(),
        PerZoneSideSeconds = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>(),
        TooFastSeconds = 0,
        AlertCounts = new Dictionary<AlertKind, int>(),
    };

    private static SessionListing ReadListing(SqliteDataReader reader) => new(
        Id: reader.GetInt64(0),
        Status: StorageNames.StatusFrom(reader.GetString(1)),
        StartedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        EndedAt: reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        Duration: TimeSpan.FromTicks(reader.GetInt64(4)),
        Devices: DeviceList.Split(reader.GetString(5)),
        Setup: new SessionSetup(reader.IsDBNull(6) ? null : reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetDouble(7)),
        Source: reader.IsDBNull(8) ? null : reader.GetString(8),
        AlertCount: reader.GetInt32(9));

    private static List<Alert> ReadAlerts(SqliteTransaction transaction, long id)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT t_ticks, kind FROM alerts WHERE session_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var alerts = new List<Alert>();
        while (reader.Read())
        {
            alerts.Add(new Alert(TimeSpan.FromTicks(reader.GetInt64(0)), StorageNames.AlertFrom(reader.GetString(1))));
        }

        return alerts;
    }

    private static List<ZoneInterval> ReadIntervals(SqliteTransaction transaction, long id)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT start_ticks, end_ticks, zone, side FROM zone_intervals WHERE session_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var intervals = new List<ZoneInterval>();
        while (reader.Read())
        {
            intervals.Add(new ZoneInterval(
                TimeSpan.FromTicks(reader.GetInt64(0)),
                TimeSpan.FromTicks(reader.GetInt64(1)),
                StorageNames.ZoneFrom(reader.GetString(2)),
                reader.IsDBNull(3) ? null : StorageNames.SideFrom(reader.GetString(3))));
        }

        return intervals;
    }

    private static List<SpeedReading> ReadSpeed(SqliteTransaction transaction, long id)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT readings FROM speed_chunks WHERE session_id = $id ORDER BY seq;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var speed = new List<SpeedReading>();
        while (reader.Read())
        {
            SeriesBlobs.UnpackSpeed((byte[])reader.GetValue(0), speed);
        }

        return speed;
    }
}
