using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reactive.Concurrency;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Hosting.Telemetry;
using BackCareRoller.Sources;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Hosting.Live;

/// <summary>
/// Starts, finds and stops live sessions — several at once, each with its own pipeline — and at shutdown closes
/// and saves every one still running before the host exits.
/// </summary>
public sealed class LiveSessionManager(
    ILivePipeline pipeline,
    ISessionStore store,
    IScheduler scheduler,
    TimeProvider time,
    LiveMetrics metrics,
    IOptions<LiveOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<LiveSessionManager> logger) : IHostedService, IDisposable
{
    private CancellationTokenRegistration _onStopping;
    private readonly ConcurrentDictionary<string, LiveSession> _sessions = new(StringComparer.Ordinal);
    private volatile bool _shuttingDown;
    private int _recorded;

    /// <summary>The sessions running now.</summary>
    public IReadOnlyCollection<LiveSession> Sessions => [.. _sessions.Values];

    /// <summary>Finds a running session.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="session">The session when found.</param>
    /// <returns>True when running.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out LiveSession? session) => _sessions.TryGetValue(id, out session);

    /// <summary>Starts a session on <paramref name="source"/>.</summary>
    /// <param name="source">Where its samples come from.</param>
    /// <param name="heightCm">Standing height, or null for the configured default.</param>
    /// <param name="rollerDiameterCm">Roller diameter, or null for the configured default.</param>
    /// <param name="rollerMount">How the roller sensor is mounted.</param>
    /// <param name="cancellationToken">Cancels creating the stored session.</param>
    /// <returns>The running session, or null when the service is at its session limit or shutting down.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public async Task<LiveSession?> StartAsync(
        IImuSource source,
        double? heightCm,
        double? rollerDiameterCm,
        Core.Samples.RollerMount rollerMount,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = options.Value;
        if (_shuttingDown || _sessions.Count >= settings.MaxConcurrentSessions)
        {
            logger.SessionLimitReached(_sessions.Count);
            return null;
        }

        var profile = new LiveSessionProfile(source.Kind, heightCm ?? settings.DefaultHeightCm, rollerDiameterCm ?? settings.DefaultRollerDiameterCm, rollerMount);
        var startedAt = time.GetUtcNow();
        var writer = await store.BeginAsync(new LiveSessionInfo(startedAt, profile), cancellationToken).ConfigureAwait(false);
        var id = writer.SessionId;
        if (!string.IsNullOrEmpty(settings.RecordPath))
        {
            writer = new RecordingSessionWriter(writer, RecordingSessionWriter.PathFor(settings.RecordPath, Interlocked.Increment(ref _recorded), id), profile);
        }

        var session = new LiveSession(id, startedAt, profile, source, pipeline, writer, scheduler, metrics, logger, settings.IdleTimeout, ended => _sessions.TryRemove(ended.Id, out _));
        _sessions[id] = session;
        metrics.SessionsActive(1);
        logger.SessionStarted(id, source.Kind, profile.HeightCm, profile.RollerDiameterCm);
        session.Start();
        return session;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Close sessions as soon as shutdown begins, before the server waits for open requests: a session's end is
        // what lets its WebSockets finish, so the server need not wait out its shutdown timeout.
        _onStopping = lifetime.ApplicationStopping.Register(() => _ = CloseAllAsync());
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => CloseAllAsync().WaitAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _onStopping.Dispose();

    private Task CloseAllAsync()
    {
        // Graceful shutdown: refuse new sessions, then close and save every running one (idempotent).
        _shuttingDown = true;
        var running = _sessions.Values.ToList();
        if (running.Count == 0)
        {
            return Task.CompletedTask;
        }

        logger.ClosingSessions(running.Count);
        return Task.WhenAll(running.Select(s => s.StopAsync(SessionEndReason.Shutdown)));
    }
}
