using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Hosting.Telemetry;
using BackCareRoller.Sources;
using BackCareRoller.Sources.Live;
using Microsoft.Extensions.Logging;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// One running session: its source feeds its own pipeline on the injected scheduler, every event goes to storage
/// and to the viewers watching it, and once a second it reports the sample rates it achieves. It ends when the
/// source ends, when stopped, when idle, on pipeline failure, or at shutdown — and is saved in every case.
/// </summary>
public sealed class LiveSession : IAsyncDisposable
{
    private static readonly TimeSpan StatsInterval = TimeSpan.FromSeconds(1);

    private readonly IScheduler _scheduler;
    private readonly ILivePipeline _pipeline;
    private readonly ILiveSessionWriter _writer;
    private readonly LiveMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TimeSpan _idleTimeout;
    private readonly DateTimeOffset _schedulerStart;
    private readonly Action<LiveSession> _onEnded;

    // Viewers subscribe here; the gate keeps snapshot-then-subscribe atomic and serialises the pipeline and the ticks.
    private readonly Subject<LiveEvent> _events = new();
    private readonly Lock _publishGate = new();
    private readonly TaskCompletionSource<LiveEndedEvent> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SerialDisposable _pipelineSubscription = new();
    private readonly SerialDisposable _ticks = new();
    private readonly CancellationTokenSource _ending = new();
    private LiveZoneEvent? _lastZone;
    private LiveStatsEvent? _lastStats;
    private LiveEndedEvent? _endedEvent;
    private long _rollerSamples;
    private long _bodySamples;
    private long _dropped;
    private long _malformed;
    private long _rollerAtLastTick;
    private long _bodyAtLastTick;
    private long _droppedAtLastTick;
    private TimeSpan _lastTickAt;
    private TimeSpan _quietFor;
    private int _endRequested;

    internal LiveSession(
        string id,
        DateTimeOffset startedAt,
        LiveSessionProfile profile,
        IImuSource source,
        ILivePipeline pipeline,
        ILiveSessionWriter writer,
        IScheduler scheduler,
        LiveMetrics metrics,
        ILogger logger,
        TimeSpan idleTimeout,
        Action<LiveSession> onEnded)
    {
        _onEnded = onEnded;
        Id = id;
        StartedAt = startedAt;
        Profile = profile;
        Source = source;
        _pipeline = pipeline;
        _writer = writer;
        _scheduler = scheduler;
        _metrics = metrics;
        _logger = logger;
        _idleTimeout = idleTimeout;
        _schedulerStart = scheduler.Now;
    }

    /// <summary>The session id used in URLs and storage.</summary>
    public string Id { get; }

    /// <summary>Wall-clock start.</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>Person, roller and source.</summary>
    public LiveSessionProfile Profile { get; }

    /// <summary>The sample source.</summary>
    public IImuSource Source { get; }

    /// <summary>The feed network adapters push into, when the source is pushed (phone, Sensor Logger, BLE).</summary>
    public LiveSampleFeed? Feed => Source as LiveSampleFeed;

    /// <summary>Session time now, on the session's scheduler.</summary>
    public TimeSpan Elapsed => _scheduler.Now - _schedulerStart;

    /// <summary>Completes with the end event once the session has ended and been saved.</summary>
    public Task<LiveEndedEvent> Ended => _ended.Task;

    /// <summary>Cancelled when the session ends: adapters stop reading their sensors.</summary>
    public CancellationToken Ending => _ending.Token;

    /// <summary>Samples received so far from both sensors.</summary>
    public long SamplesReceived => Interlocked.Read(ref _rollerSamples) + Interlocked.Read(ref _bodySamples);

    /// <summary>
    /// Events for a viewer: first the current state (zone, statistics), then every new event, ending with
    /// <see cref="LiveEndedEvent"/> and completion. Observers must not block: they run on the pipeline's thread.
    /// </summary>
    public IObservable<LiveEvent> Events => Observable.Create<LiveEvent>(observer =>
    {
        lock (_publishGate)
        {
            if (_lastZone is not null)
            {
                observer.OnNext(_lastZone);
            }

            if (_lastStats is not null)
            {
                observer.OnNext(_lastStats);
            }

            if (_endedEvent is not null)
            {
                observer.OnNext(_endedEvent);
                observer.OnCompleted();
                return Disposable.Empty;
            }

            return _events.Subscribe(observer);
        }
    });

    /// <summary>Counts samples an adapter refused (limits, bad clock, out of range, lost messages).</summary>
    /// <param name="count">How many.</param>
    public void CountDropped(long count)
    {
        Interlocked.Add(ref _dropped, count);
        _metrics.SamplesDropped(count);
    }

    /// <summary>Counts a message an adapter could not read.</summary>
    public void CountMalformed()
    {
        Interlocked.Increment(ref _malformed);
        _metrics.MessageMalformed();
    }

    /// <summary>Ends the session (if not already ended) and saves it.</summary>
    /// <param name="reason">Why.</param>
    /// <returns>The end event, once saved.</returns>
    public Task<LiveEndedEvent> StopAsync(SessionEndReason reason)
    {
        if (Interlocked.Exchange(ref _endRequested, 1) == 1)
        {
            return _ended.Task;
        }

        return EndAsync(reason);
    }

    /// <summary>Stops the session (saving it) and releases its resources.</summary>
    /// <returns>Completes when saved.</returns>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(SessionEndReason.Stopped).ConfigureAwait(false);
        _pipelineSubscription.Dispose();
        _ticks.Dispose();
        lock (_publishGate)
        {
            _events.Dispose();
        }

        _ending.Dispose();
    }

    internal void Start()
    {
        // Count (and optionally record) each sample on its way into the pipeline: no allocation per sample.
        var samples = Source.Samples(_scheduler).Do(OnSample);
        _pipelineSubscription.Disposable = _pipeline.Run(samples, Profile, _scheduler)
            .Subscribe(Publish, OnPipelineError, () => StopAsync(SessionEndReason.Completed));
        _ticks.Disposable = _scheduler.SchedulePeriodic(StatsInterval, Tick);
    }

    private void OnSample(ImuSample sample)
    {
        if (sample.Sensor == SensorRole.Roller)
        {
            Interlocked.Increment(ref _rollerSamples);
        }
        else
        {
            Interlocked.Increment(ref _bodySamples);
        }

        _writer.AppendSample(sample);
    }

    private void OnPipelineError(Exception error)
    {
        _logger.PipelineFailed(Id, error);
        _ = StopAsync(SessionEndReason.Failed);
    }

    private void Publish(LiveEvent liveEvent)
    {
        lock (_publishGate)
        {
            if (_endedEvent is not null)
            {
                return;
            }

            switch (liveEvent)
            {
                case LiveZoneEvent zone:
                    _lastZone = zone;
                    break;
                case LiveStatsEvent stats:
                    _lastStats = stats;
                    break;
                case LiveAlertEvent alert:
                    // Sample times are session times on the same clock, so now minus the sample's time is the delay.
                    _metrics.AlertLatency(Elapsed - alert.Time);
                    _logger.AlertRaised(Id, alert.Alert.Kind, alert.Time.TotalSeconds);
                    break;
            }

            _writer.Append(liveEvent);
            _events.OnNext(liveEvent);
        }
    }

    private void Tick()
    {
        // Sample rates over the last interval, the packet-loss count, and the idle check.
        var now = Elapsed;
        var seconds = Math.Max((now - _lastTickAt).TotalSeconds, 1e-3);
        var roller = Interlocked.Read(ref _rollerSamples);
        var body = Interlocked.Read(ref _bodySamples);
        var dropped = Interlocked.Read(ref _dropped);
        var fresh = roller - _rollerAtLastTick + (body - _bodyAtLastTick);
        _metrics.SamplesReceived(fresh);
        var stats = new LiveStatsEvent(now, (roller - _rollerAtLastTick) / seconds, (body - _bodyAtLastTick) / seconds,
            roller + body, dropped, Interlocked.Read(ref _malformed));
        _quietFor = fresh == 0 && dropped == _droppedAtLastTick ? _quietFor + (now - _lastTickAt) : TimeSpan.Zero;
        (_rollerAtLastTick, _bodyAtLastTick, _droppedAtLastTick, _lastTickAt) = (roller, body, dropped, now);
        Publish(stats);
        if (Feed is not null && _quietFor >= _idleTimeout)
        {
            _ = StopAsync(SessionEndReason.Idle);
        }
    }

    private async Task<LiveEndedEvent> EndAsync(SessionEndReason reason)
    {
        // Stop the inputs first so nothing is published after the end event.
        _ticks.Dispose();
        Feed?.Complete();
        _pipelineSubscription.Dispose();
        LiveEndedEvent ended;
        lock (_publishGate)
        {
            ended = new LiveEndedEvent(Elapsed, reason);
            _endedEvent = ended;
            _events.OnNext(ended);
            _events.OnCompleted();
        }

        await _ending.CancelAsync().ConfigureAwait(false);

        try
        {
            await _writer.CompleteAsync(ended, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            _logger.SessionSaveFailed(Id, error);
        }

        _onEnded(this);
        _metrics.SessionsActive(-1);
        _logger.SessionEnded(Id, reason, ended.Time.TotalSeconds, SamplesReceived);
        _ended.TrySetResult(ended);
        return ended;
    }
}
