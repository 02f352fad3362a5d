using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Storage.History;
using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Live;
using BackCareRoller.Storage.Schema;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace BackCareRoller.Storage;

/// <summary>
/// The SQLite session store: one database file (WAL mode) shared safely by the service and the CLI. Opening it applies
/// pending schema migrations and marks sessions left live by a dead process as interrupted.
/// </summary>
public sealed class SessionStore : IDisposable
{
    private readonly StoreConnections _connections;
    private readonly TimeProvider _timeProvider;
    private readonly SessionStoreOptions _options;
    private readonly IProcessProbe _probe;

    private SessionStore(StoreConnections connections, TimeProvider timeProvider, SessionStoreOptions options, IProcessProbe probe)
    {
        _connections = connections;
        _timeProvider = timeProvider;
        _options = options;
        _probe = probe;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    /// <summary>Ids of the sessions this open found abandoned by a dead process and marked interrupted.</summary>
    public IReadOnlyList<long> RecoveredSessionIds { get; private set; } = [];

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/>.</summary>
    /// <param name="databasePath">The database file; its directory is created if missing.</param>
    /// <param name="timeProvider">Wall-clock source for heartbeats and end times.</param>
    /// <param name="options">Flush interval and staleness; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is blank.</exception>
    /// <exception cref="SessionStoreException">The file is not a usable session database, or was written by a newer version.</exception>
    public static Task<SessionStore> OpenAsync(
        string databasePath, TimeProvider timeProvider, SessionStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        OpenAsync(databasePath, timeProvider, options, ProcessProbe.Instance, Migrations.Latest, cancellationToken);

    internal static Task<SessionStore> OpenAsync(
        string databasePath,
        TimeProvider timeProvider,
        SessionStoreOptions? options,
        IProcessProbe probe,
        int schemaVersion,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(timeProvider);
        cancellationToken.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(databasePath);
        var connections = new StoreConnections(fullPath);
        var store = new SessionStore(connections, timeProvider, options ?? new SessionStoreOptions(), probe);
        try
        {
            var directory = Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var connection = connections.Open();
            SchemaMigrator.Migrate(connection, schemaVersion, fullPath);
            if (schemaVersion >= Migrations.Latest)
            {
                store.RecoveredSessionIds = store.RecoverCore(connection);
            }
        }
        catch (SqliteException exception)
        {
            connections.ReleasePool();
            throw new SessionStoreException($"Cannot open the session database '{fullPath}': {exception.Message}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            connections.ReleasePool();
            throw new SessionStoreException($"Cannot open the session database '{fullPath}': {exception.Message}", exception);
        }
        catch
        {
            connections.ReleasePool();
            throw;
        }

        return Task.FromResult(store);
    }

    /// <summary>Stores a session that has already been analysed to the end (e.g. <c>backcare analyze --save</c>).</summary>
    /// <param name="record">When, with which devices, for whom.</param>
    /// <param name="report">The session's report.</param>
    /// <param name="rawSamples">The raw samples to keep (<c>--keep-raw</c>); empty to keep none.</param>
    /// <param name="cancellationToken">Cancels before writing.</param>
    /// <returns>The new session's id.</returns>
    public Task<long> SaveCompletedAsync(
        SessionRecord record, SessionReport report, ReadOnlyMemory<ImuSample> rawSamples = default, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(report);
        if (report.CheckIns is { } reportCheckIns)
        {
            ThrowIfInvalid(reportCheckIns.Before, nameof(report));
            ThrowIfInvalid(reportCheckIns.After, nameof(report));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var duration = TimeSpan.FromSeconds(report.DurationSeconds);
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        var id = SessionWrites.InsertSession(transaction, record, SessionStatus.Completed, owner: null, heartbeatUtcMs: null, keepRaw: !rawSamples.IsEmpty);
        SessionWrites.InsertIntervals(transaction, id, 0, report.Zones);
        SessionWrites.InsertAlerts(transaction, id, 0, report.Alerts);
        SessionWrites.InsertSpeedChunk(transaction, id, 0, report.Speed);
        SessionWrites.InsertRawSamples(transaction, id, 0, rawSamples.Span);
        SessionWrites.SetDuration(transaction, id, duration);
        SessionWrites.WriteDocument(transaction, id, ReportDocument.WithoutSeries(report));
        if (report.CheckIns is { } checkIns)
        {
            CheckInRows.Upsert(transaction, id, checkIns);
        }

        SessionWrites.SetStatus(transaction, id, SessionStatus.Completed, (record.StartedAt + duration).ToUnixTimeMilliseconds());
        transaction.Commit();
        return Task.FromResult(id);
    }

    /// <summary>Starts recording a live session; the session is stored at once with status live.</summary>
    /// <param name="record">When, with which devices, for whom.</param>
    /// <param name="keepRawSamples">Whether <see cref="ILiveSessionWriter.AppendSamplesAsync"/> stores raw samples.</param>
    /// <param name="cancellationToken">Cancels before writing.</param>
    /// <returns>The writer; complete it, or dispose it to mark the session interrupted.</returns>
    public Task<ILiveSessionWriter> BeginSessionAsync(SessionRecord record, bool keepRawSamples = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        cancellationToken.ThrowIfCancellationRequested();
        long id;
        using (var connection = _connections.Open())
        using (var transaction = connection.BeginTransaction())
        {
            var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            id = SessionWrites.InsertSession(transaction, record, SessionStatus.Live, _probe.Current, now, keepRawSamples);
            transaction.Commit();
        }

        ILiveSessionWriter writer = new LiveSessionWriter(id, _connections, _timeProvider, _options.FlushInterval, keepRawSamples);
        return Task.FromResult(writer);
    }

    /// <summary>Every stored session, oldest first.</summary>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>The sessions' facts.</returns>
    public Task<IReadOnlyList<SessionListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        return Task.FromResult<IReadOnlyList<SessionListing>>(SessionReads.List(connection));
    }

    /// <summary>One session with its report rebuilt from storage.</summary>
    /// <param name="id">The session's id.</param>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>The session, or null when no session has that id.</returns>
    public Task<StoredSession?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        return Task.FromResult(SessionReads.Get(connection, id));
    }

    /// <summary>The raw samples kept with a session, in stored order; empty when none were kept.</summary>
    /// <param name="id">The session's id.</param>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>The samples.</returns>
    public Task<IReadOnlyList<ImuSample>> GetRawSamplesAsync(long id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        return Task.FromResult<IReadOnlyList<ImuSample>>(SessionReads.ReadRawSamples(connection, id));
    }

    /// <summary>Deletes a session and everything stored with it.</summary>
    /// <param name="id">The session's id.</param>
    /// <param name="cancellationToken">Cancels before deleting.</param>
    /// <returns>True if a session was deleted; false when no session has that id.</returns>
    /// <exception cref="SessionStoreException">The session is live: a running process is still recording it.</exception>
    public Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT status FROM sessions WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        if (command.ExecuteScalar() is not string status)
        {
            return Task.FromResult(false);
        }

        // Its owner would go on flushing into a deleted session; orphans were marked interrupted when this store opened.
        if (StorageNames.StatusFrom(status) == SessionStatus.Live)
        {
            throw new SessionStoreException($"Session {id} is live: a running process is still recording it. Stop it first.");
        }

        // The child tables go with it: ON DELETE CASCADE, foreign keys on for every connection.
        command.CommandText = "DELETE FROM sessions WHERE id = $id;";
        command.ExecuteNonQuery();
        transaction.Commit();
        return Task.FromResult(true);
    }

    /// <summary>Minutes per muscle, alerts and routine adherence per week (<c>backcare history</c>).</summary>
    /// <param name="query">Which weeks, in which local time.</param>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>Every week of the range, oldest first, weeks without sessions included.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Weeks is not between 1 and <see cref="HistoryQuery.MaxWeeks"/>.</exception>
    public Task<IReadOnlyList<WeekHistory>> GetHistoryAsync(HistoryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Weeks, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Weeks, HistoryQuery.MaxWeeks, nameof(query));
        cancellationToken.ThrowIfCancellationRequested();
        var (from, to) = HistoryCalculator.UtcRange(query);
        using var connection = _connections.Open();
        var rows = HistoryReads.Load(connection, from, to);
        return Task.FromResult(HistoryCalculator.Weeks(query, rows));
    }

    /// <summary>
    /// Stores a check-in with a session (issue 8), replacing an earlier one of the same moment. Works for live sessions
    /// too: <c>serve</c> stores the before check-in as soon as the session exists.
    /// </summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="moment">Before or after the session.</param>
    /// <param name="checkIn">The answers.</param>
    /// <param name="cancellationToken">Cancels before writing.</param>
    /// <returns>True if stored; false when no session has that id.</returns>
    /// <exception cref="ArgumentException">The check-in or the moment is invalid; the message names the answer.</exception>
    public Task<bool> SaveCheckInAsync(long sessionId, CheckInMoment moment, CheckIn checkIn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        if (!Enum.IsDefined(moment))
        {
            throw new ArgumentException($"Check-in moment {(int)moment} is neither before nor after.", nameof(moment));
        }

        ThrowIfInvalid(checkIn, nameof(checkIn));
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT 1 FROM sessions WHERE id = $id;";
            command.Parameters.AddWithValue("$id", sessionId);
            if (command.ExecuteScalar() is null)
            {
                return Task.FromResult(false);
            }
        }

        CheckInRows.Upsert(transaction, sessionId, moment, checkIn);
        transaction.Commit();
        return Task.FromResult(true);
    }

    /// <summary>A session's check-ins.</summary>
    /// <param name="sessionId">The session's id.</param>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>Its check-ins (<see cref="SessionCheckIns.None"/> when none were given), or null when no session has that id.</returns>
    public Task<SessionCheckIns?> GetCheckInsAsync(long sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT 1 FROM sessions WHERE id = $id;";
        command.Parameters.AddWithValue("$id", sessionId);
        var checkIns = command.ExecuteScalar() is null ? null : CheckInRows.ReadFor(connection, transaction, sessionId);
        transaction.Commit();
        return Task.FromResult(checkIns);
    }

    /// <summary>
    /// Every session, oldest first, with its check-ins: the input of the red-flag rules
    /// (<see cref="RedFlagRules.Assess"/>) and the weekly rhythm (<see cref="RhythmCalculator.Compute"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels before reading.</param>
    /// <returns>The sessions; those without a check-in carry <see cref="SessionCheckIns.None"/>.</returns>
    public Task<IReadOnlyList<CheckInSession>> GetCheckInTimelineAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        return Task.FromResult<IReadOnlyList<CheckInSession>>(CheckInRows.Timeline(connection));
    }

    /// <summary>Marks sessions left live by a process that is gone as interrupted (also done on open).</summary>
    /// <param name="cancellationToken">Cancels before looking.</param>
    /// <returns>The ids marked interrupted.</returns>
    public Task<IReadOnlyList<long>> RecoverInterruptedAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = _connections.Open();
        return Task.FromResult<IReadOnlyList<long>>(RecoverCore(connection));
    }

    /// <summary>Releases the pooled connections to the file.</summary>
    public void Dispose() => _connections.ReleasePool();

    private static void ThrowIfInvalid(CheckIn? checkIn, string parameterName)
    {
        if (checkIn is not null && !CheckInValidation.TryValidate(checkIn, out var problem))
        {
            throw new ArgumentException($"Invalid check-in: {problem}", parameterName);
        }
    }

    private List<long> RecoverCore(SqliteConnection connection) =>
        LiveSessionRecovery.MarkOrphans(connection, _timeProvider.GetUtcNow().ToUnixTimeMilliseconds(), _options.StaleLiveSessionAfter, _probe);
}
