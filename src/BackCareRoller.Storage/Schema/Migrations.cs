namespace BackCareRoller.Storage.Schema;

/// <summary>
/// The schema's history, oldest first. Steps are append-only: a released step is never edited, a change is a new step.
/// Times are INTEGER: wall-clock instants in Unix milliseconds (UTC), offsets into a session in .NET ticks (100 ns), so
/// TimeSpans round-trip exactly. Zones, sides, alert kinds and statuses are the snake_case text of the report contract.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "sessions, zone timeline, alerts, per-zone totals and the speed series", """
            CREATE TABLE sessions (
                id                 INTEGER PRIMARY KEY AUTOINCREMENT,
                status             TEXT    NOT NULL CHECK (status IN ('live', 'completed', 'interrupted')),
                started_utc_ms     INTEGER NOT NULL,
                ended_utc_ms       INTEGER,
                duration_ticks     INTEGER NOT NULL DEFAULT 0,
                devices            TEXT    NOT NULL DEFAULT '',
                height_cm          REAL,
                roller_diameter_cm REAL,
                source             TEXT,
                -- The report document (backcare-report/1) without its alerts, zones and speed arrays, which live in
                -- their tables: it carries the duration and the whole summary, so new summary fields need no migration.
                report_json        TEXT
            );
            CREATE INDEX ix_sessions_started ON sessions (started_utc_ms);

            CREATE TABLE zone_intervals (
                session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                seq         INTEGER NOT NULL,
                start_ticks INTEGER NOT NULL,
                end_ticks   INTEGER NOT NULL,
                zone        TEXT    NOT NULL,
                side        TEXT,
                PRIMARY KEY (session_id, seq)
            ) WITHOUT ROWID;

            CREATE TABLE alerts (
                session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                seq        INTEGER NOT NULL,
                t_ticks    INTEGER NOT NULL,
                kind       TEXT    NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) WITHOUT ROWID;

            -- side '' is the zone's total over both sides; 'left'/'right' rows split sided zones.
            CREATE TABLE zone_totals (
                session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                zone       TEXT    NOT NULL,
                side       TEXT    NOT NULL DEFAULT '',
                seconds    REAL    NOT NULL,
                PRIMARY KEY (session_id, zone, side)
            ) WITHOUT ROWID;

            -- The 10 Hz speed series in chunks (one per save or flush): little-endian (int64 ticks, float32 m/s) pairs.
            CREATE TABLE speed_chunks (
                session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                seq        INTEGER NOT NULL,
                readings   BLOB    NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) WITHOUT ROWID;
            """),
        new(2, "live sessions: owner process and heartbeat, so a crashed owner's session can be marked interrupted", """
            ALTER TABLE sessions ADD COLUMN owner_host TEXT;
            ALTER TABLE sessions ADD COLUMN owner_pid INTEGER;
            ALTER TABLE sessions ADD COLUMN owner_started_utc_ms INTEGER;
            ALTER TABLE sessions ADD COLUMN heartbeat_utc_ms INTEGER;
            CREATE INDEX ix_sessions_status ON sessions (status);
            """),
        new(3, "optional raw samples (--keep-raw)", """
            ALTER TABLE sessions ADD COLUMN keep_raw INTEGER NOT NULL DEFAULT 0;

            -- Chunks of raw IMU samples, 33 bytes each, little-endian: int64 ticks, uint8 sensor, 3 x float32 m/s²,
            -- 3 x float32 rad/s (the recording CSV's columns, DESIGN.md section 5).
            CREATE TABLE raw_samples (
                session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                seq          INTEGER NOT NULL,
                sample_count INTEGER NOT NULL,
                samples      BLOB    NOT NULL,
                PRIMARY KEY (session_id, seq)
            ) WITHOUT ROWID;
            """),
        new(4, "check-ins before and after a session: pain, where, character, radiation, days since it started (issue 8)", """
            -- At most one check-in of each moment per session; answering again replaces it.
            CREATE TABLE checkins (
                session_id        INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
                moment            TEXT    NOT NULL CHECK (moment IN ('before', 'after')),
                recorded_utc_ms   INTEGER NOT NULL,
                pain              INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
                -- Where it hurts: comma-separated area or area:side, e.g. 'lower_back,leg:left'; '' when not said.
                locations         TEXT    NOT NULL DEFAULT '',
                character         TEXT    CHECK (character IN ('dull', 'sharp')),
                radiates_down_leg INTEGER CHECK (radiates_down_leg IN (0, 1)),
                days_since_start  INTEGER CHECK (days_since_start >= 0),
                PRIMARY KEY (session_id, moment)
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;
}
