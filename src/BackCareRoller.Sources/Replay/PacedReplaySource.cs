using System.Reactive.Concurrency;
using System.Reactive.Disposables;
using System.Reactive.Linq;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Replay;

/// <summary>
/// Replays samples at their own pace: each sample is emitted when the scheduler's clock reaches its time.
/// On the default scheduler that is real time (a recording or the simulator played "live"); on a historical
/// scheduler it runs as fast as the CPU allows. Samples due together are emitted in one tick so that a 400 Hz
/// stream costs at most one timer per <see cref="MinimumTick"/>.
/// </summary>
public sealed class PacedReplaySource : IImuSource
{
    private readonly Func<IEnumerable<ImuSample>> _open;

    /// <summary>Creates a paced replay.</summary>
    /// <param name="kind">Replay for a recording, simulator for generated samples.</param>
    /// <param name="open">Opens the samples afresh for each subscription; they must be in time order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public PacedReplaySource(ImuSourceKind kind, Func<IEnumerable<ImuSample>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        Kind = kind;
        _open = open;
    }

    /// <summary>The shortest wait between two emissions (10 ms: well under the 50 ms alert budget).</summary>
    public static TimeSpan MinimumTick { get; } = TimeSpan.FromMilliseconds(10);

    /// <inheritdoc />
    public ImuSourceKind Kind { get; }

    /// <inheritdoc />
    public IObservable<ImuSample> Samples(IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        return Observable.Create<ImuSample>(observer =>
        {
            var samples = _open().GetEnumerator();
            var start = scheduler.Now;
            bool hasNext;
            try
            {
                hasNext = samples.MoveNext();
            }
            catch (Exception error) when (error is IOException or FormatException or InvalidDataException)
            {
                observer.OnError(error);
                return samples;
            }

            if (!hasNext)
            {
                observer.OnCompleted();
                return samples;
            }

            var pacing = scheduler.Schedule(samples.Current.Time, self =>
            {
                // Emit every sample that is due by now, then wait for the next one.
                var elapsed = scheduler.Now - start;
                try
                {
                    while (hasNext && samples.Current.Time <= elapsed)
                    {
                        observer.OnNext(samples.Current);
                        hasNext = samples.MoveNext();
                    }
                }
                catch (Exception error) when (error is IOException or FormatException or InvalidDataException)
                {
                    observer.OnError(error);
                    return;
                }

                if (!hasNext)
                {
                    observer.OnCompleted();
                    return;
                }

                var wait = samples.Current.Time - elapsed;
                self(wait < MinimumTick ? MinimumTick : wait);
            });
            return StableCompositeDisposable.Create(pacing, samples);
        });
    }
}
