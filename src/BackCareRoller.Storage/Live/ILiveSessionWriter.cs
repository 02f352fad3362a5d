using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.Live;

/// <summary>
/// Records one live session as it happens. Appends only buffer in memory; the buffer is written to the database every
/// <see cref="SessionStoreOptions.FlushInterval"/> (on the store's TimeProvider), on <see cref="FlushAsync"/>, and on
/// completion, so a crash loses at most one interval. Disposing a writer that was not completed flushes and marks the
/// session interrupted. Safe to call from several threads.
/// </summary>
public interface ILiveSessionWriter : IAsyncDisposable
{
    /// <summary>The session's id in the store.</summary>
    long SessionId { get; }

    /// <summary>Buffers a finished span of the zone timeline.</summary>
    /// <param name="interval">The span; spans arrive in time order.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the writes.</param>
    /// <returns>A completed task.</returns>
    ValueTask AppendZoneIntervalAsync(ZoneInterval interval, CancellationToken cancellationToken = default);

    /// <summary>Buffers an alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the writes.</param>
    /// <returns>A completed task.</returns>
    ValueTask AppendAlertAsync(Alert alert, CancellationToken cancellationToken = default);

    /// <summary>Buffers a traverse-speed reading (10 Hz).</summary>
    /// <param name="reading">The reading.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the writes.</param>
    /// <returns>A completed task.</returns>
    ValueTask AppendSpeedAsync(SpeedReading reading, CancellationToken cancellationToken = default);

    /// <summary>Buffers raw samples; ignored unless the session was begun with raw samples kept.</summary>
    /// <param name="samples">The samples, copied before the call returns.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the writes.</param>
    /// <returns>A completed task.</returns>
    ValueTask AppendSamplesAsync(ReadOnlyMemory<ImuSample> samples, CancellationToken cancellationToken = default);

    /// <summary>Replaces the session's running summary; written at the next flush.</summary>
    /// <param name="summary">The summary so far.</param>
    /// <param name="duration">How long the session has run.</param>
    /// <param name="cancellationToken">Unused; for symmetry with the writes.</param>
    /// <returns>A completed task.</returns>
    ValueTask UpdateSummaryAsync(SessionSummary summary, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Writes everything buffered now, in one transaction.</summary>
    /// <param name="cancellationToken">Cancels waiting for a flush already running.</param>
    /// <returns>When the data is committed.</returns>
    Task FlushAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the rest and marks the session completed with its final summary.</summary>
    /// <param name="summary">The final summary.</param>
    /// <param name="duration">The session's length.</param>
    /// <param name="cancellationToken">Cancels waiting for a flush already running.</param>
    /// <returns>When the session is stored as completed.</returns>
    /// <exception cref="InvalidOperationException">The session was already completed.</exception>
    Task CompleteAsync(SessionSummary summary, TimeSpan duration, CancellationToken cancellationToken = default);
}
