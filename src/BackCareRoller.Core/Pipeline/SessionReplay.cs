using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using System.Runtime.ExceptionServices;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Pipeline;

/// <summary>
/// Runs recorded samples through the <see cref="SessionPipeline"/> on a <see cref="HistoricalScheduler"/> as fast as
/// the CPU allows (STYLE.md section 5, "Replay"): the scheduler's clock is moved to each sample's time before the
/// sample is delivered, so anything scheduled on it fires exactly when it would have live. Moving the clock instead
/// of scheduling an item per sample keeps the replay free of per-sample allocation.
/// </summary>
public static class SessionReplay
{
    /// <summary>Runs <paramref name="samples"/> through the pipeline and collects every event.</summary>
    /// <param name="samples">A whole recording, both sensors interleaved in file order.</param>
    /// <param name="settings">The analysis settings.</param>
    /// <returns>The events in the order the pipeline produced them.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SessionEvent> Collect(IEnumerable<ImuSample> samples, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        var events = new List<SessionEvent>();
        Run(samples, settings, events.Add);
        return events;
    }

    /// <summary>Runs <paramref name="samples"/> through the pipeline, handing each event to <paramref name="onEvent"/> as it is produced.</summary>
    /// <param name="samples">A whole recording, both sensors interleaved in file order.</param>
    /// <param name="settings">The analysis settings.</param>
    /// <param name="onEvent">Called once per event, on the calling thread.</param>
    /// <returns>The session's length: the latest sample time.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>An exception thrown by the sample sequence (a bad row, say) or a stage is rethrown to the caller as it was.</remarks>
    public static TimeSpan Run(IEnumerable<ImuSample> samples, AnalysisSettings settings, Action<SessionEvent> onEvent)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(onEvent);

        // The clock starts at an arbitrary fixed instant; only offsets from it (session time) matter.
        var start = DateTimeOffset.UnixEpoch;
        var scheduler = new HistoricalScheduler(start);
        var end = TimeSpan.Zero;
        var source = Observable.Create<ImuSample>(observer =>
        {
            try
            {
                foreach (var sample in samples)
                {
                    // Sensors interleave, so a sample may be a little older than the clock: never move it back.
                    if (sample.Time > end)
                    {
                        end = sample.Time;
                        scheduler.AdvanceTo(start + end);
                    }

                    observer.OnNext(sample);
                }
            }
#pragma warning disable CA1031 // Any failure of the sample sequence ends the session through OnError and is rethrown below.
            catch (Exception error)
#pragma warning restore CA1031
            {
                observer.OnError(error);
                return Disposable.Empty;
            }

            observer.OnCompleted();
            return Disposable.Empty;
        });

        Exception? failure = null;
        using (source.SessionEvents(settings, scheduler).Subscribe(onEvent, error => failure = error))
        {
            // Let anything still scheduled after the last sample run.
            scheduler.Start();
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return end;
    }
}
