using System.Runtime.InteropServices;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Sessions;
using BackCareRoller.Storage.Sql;

namespace BackCareRoller.Storage.Live;

/// <summary>Buffers a live session and writes it in one transaction per flush; see <see cref="ILiveSessionWriter"/>.</summary>
internal sealed class LiveSessionWriter : ILiveSessionWriter
{
    private readonly StoreConnections _connections;
    private readonly TimeProvider _timeProvider;
    private readonly bool _keepRaw;
    private readonly ITimer _timer;

    // Appends take _buffersLock briefly; flushes take _flushGate for the whole write, so appends never wait on disk.
    private readonly Lock _buffersLock = new();
    private readonly SemaphoreSlim _flushGate = new(1, 1);
    private List<ZoneInterval> _intervals = [];
    private List<Alert> _alerts = [];
    private List<SpeedReading> _speed = [];
    private List<ImuSample> _samples = [];
    private (SessionSummary Summary, TimeSpan Duration)? _summary;
    private TimeSpan _reached;

    // Next sequence numbers of each table, owned by the flush that holds _flushGate.
    private int _nextIntervalSeq;
    private int _nextAlertSeq;
    private int _nextSpeedSeq;
    private int _nextRawSeq;
    private bool _finished;
    private bool _disposed;
    private Exception? _timerFlushError;

    public LiveSessionWriter(long sessionId, StoreConnections connections, TimeProvider timeProvider, TimeSpan flushInterval, bool keepRaw)
    {
        SessionId = sessionId;
        _connections = connections;
        _timeProvider = timeProvider;
        _keepRaw = keepRaw;
        _timer = timeProvider.CreateTimer(static state => ((LiveSessionWriter)state!).FlushFromTimer(), this, flushInterval, flushInterval);
    }

    public long SessionId { get; }

    public ValueTask AppendZoneIntervalAsync(ZoneInterval interval, CancellationToken cancellationToken = default)
    {
        lock (_buffersLock)
        {
            _intervals.Add(interval);
            Reach(interval.End);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendAlertAsync(Alert alert, CancellationToken cancellationToken = default)
    {
        lock (_buffersLock)
        {
            _alerts.Add(alert);
            Reach(alert.Time);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendSpeedAsync(SpeedReading reading, CancellationToken cancellationToken = default)
    {
        lock (_buffersLock)
        {
            _speed.Add(reading);
            Reach(reading.Time);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AppendSamplesAsync(ReadOnlyMemory<ImuSample> samples, CancellationToken cancellationToken = default)
    {
        if (!_keepRaw || samples.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        lock (_buffersLock)
        {
            _samples.AddRange(samples.Span);
            Reach(samples.Span[^1].Time);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask UpdateSummaryAsync(SessionSummary summary, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        lock (_buffersLock)
        {
            _summary = (summary, duration);
            Reach(duration);
        }

        return ValueTask.CompletedTask;
    }

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _flushGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfTimerFlushFailed();
            if (!_finished)
            {
                WriteBuffered(finalStatus: null);
            }
        }
        finally
        {
            _flushGate.Release();
        }
    }

    public async Task CompleteAsync(SessionSummary summary, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await _flushGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_finished)
            {
                throw new InvalidOperationException($"Session {SessionId} is already finished.");
            }

            lock (_buffersLock)
            {
                _summary = (summary, duration);
            }

            WriteBuffered(SessionStatus.Completed);
            _finished = true;
        }
        finally
        {
            _flushGate.Release();
        }

        await _timer.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _timer.DisposeAsync().ConfigureAwait(false);
        await _flushGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!_finished)
            {
                // Stopped without completing (shutdown, a faulted pipeline): keep what arrived and say so.
                WriteBuffered(SessionStatus.Interrupted);
                _finished = true;
            }
        }
        finally
        {
            _flushGate.Release();
        }

        _flushGate.Dispose();
    }

    private void FlushFromTimer()
    {
        // Timer callbacks must not throw; the error surfaces on the next FlushAsync instead.
        if (!_flushGate.Wait(TimeSpan.Zero))
        {
            return;
        }

        try
        {
            if (!_finished)
            {
                WriteBuffered(finalStatus: null);
            }
        }
        catch (Exception exception) when (exception is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            _timerFlushError = exception;
        }
        finally
        {
            _flushGate.Release();
        }
    }

    private void ThrowIfTimerFlushFailed()
    {
        if (_timerFlushError is { } error)
        {
            _timerFlushError = null;
            throw new SessionStoreException($"Writing live session {SessionId} to '{_connections.DatabasePath}' failed.", error);
        }
    }

    // Caller holds _flushGate.
    private void WriteBuffered(SessionStatus? finalStatus)
    {
        List<ZoneInterval> intervals;
        List<Alert> alerts;
        List<SpeedReading> speed;
        List<ImuSample> samples;
        (SessionSummary Summary, TimeSpan Duration)? summary;
        TimeSpan reached;
        lock (_buffersLock)
        {
            (intervals, _intervals) = (_intervals, []);
            (alerts, _alerts) = (_alerts, []);
            (speed, _speed) = (_speed, []);
            (samples, _samples) = (_samples, []);
            (summary, _summary) = (_summary, null);
            reached = _reached;
        }

        try
        {
            var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            using var connection = _connections.Open();
            using var transaction = connection.BeginTransaction();
            SessionWrites.InsertIntervals(transaction, SessionId, _nextIntervalSeq, intervals);
            SessionWrites.InsertAlerts(transaction, SessionId, _nextAlertSeq, alerts);
            SessionWrites.InsertSpeedChunk(transaction, SessionId, _nextSpeedSeq, speed);
            var rawChunks = SessionWrites.InsertRawSamples(transaction, SessionId, _nextRawSeq, CollectionsMarshal.AsSpan(samples));
            if (summary is { } s)
            {
                SessionWrites.WriteDocument(transaction, SessionId, ReportDocument.Of(s.Summary, s.Duration));
            }

            SessionWrites.Heartbeat(transaction, SessionId, now, reached);
            if (finalStatus is { } status)
            {
                SessionWrites.SetStatus(transaction, SessionId, status, now);
            }

            transaction.Commit();
            _nextIntervalSeq += intervals.Count;
            _nextAlertSeq += alerts.Count;
            _nextSpeedSeq += speed.Count > 0 ? 1 : 0;
            _nextRawSeq += rawChunks;
        }
        catch
        {
            // Put the data back in front of anything appended meanwhile, so the next flush retries it.
            lock (_buffersLock)
            {
                intervals.AddRange(_intervals);
                _intervals = intervals;
                alerts.AddRange(_alerts);
                _alerts = alerts;
                speed.AddRange(_speed);
                _speed = speed;
                samples.AddRange(_samples);
                _samples = samples;
                _summary ??= summary;
            }

            throw;
        }
    }

    // Caller holds _buffersLock.
    private void Reach(TimeSpan time)
    {
        if (time > _reached)
        {
            _reached = time;
        }
    }
}
