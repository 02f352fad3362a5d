using System.Reactive.Linq;

namespace BackCareRoller.Core.Speed;

/// <summary>The speed-reading stage of the sample pipeline.</summary>
public static class SpeedReadingOperators
{
    /// <summary>
    /// Turns roller motions into traverse speed readings at a fixed rate of session time (10 Hz by default), each
    /// a local quadratic fit of the signed speed centred on its time; 0 when not rolling or nobody is on the roller.
    /// Periods a gap left without samples read the speed interpolated across the gap. A reading is emitted once the
    /// first sample past its window arrives, and the last ones when the motions complete.
    /// </summary>
    /// <param name="motions">Roller motions in time order.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <returns>The readings, in time order, one per period from the first motion to the last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="motions"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<SpeedReading> SpeedReadings(this IObservable<RollerMotion> motions, SpeedReadingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(motions);
        ArgumentNullException.ThrowIfNull(settings);

        // Observable.Create rather than Scan: a motion can close several readings (after a gap), and the stream's
        // end closes the last ones; both without allocating per sample.
        return Observable.Create<SpeedReading>(observer =>
        {
            var state = SpeedReadingState.Initial;
            return motions.Subscribe(
                motion =>
                {
                    while (SpeedReadingAggregator.TryClose(state, motion, settings, out var reading, out state))
                    {
                        observer.OnNext(reading);
                    }

                    state = SpeedReadingAggregator.Add(state, motion, settings);
                },
                observer.OnError,
                () =>
                {
                    while (SpeedReadingAggregator.TryFlush(state, settings, out var reading, out state))
                    {
                        observer.OnNext(reading);
                    }

                    observer.OnCompleted();
                });
        });
    }
}
