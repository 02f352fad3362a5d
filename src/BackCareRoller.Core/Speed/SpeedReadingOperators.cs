using System.Reactive.Linq;

namespace BackCareRoller.Core.Speed;

/// <summary>The speed-reading stage of the sample pipeline.</summary>
public static class SpeedReadingOperators
{
    /// <summary>
    /// Turns roller motions into traverse speed readings at a fixed rate of session time (10 Hz by default), each
    /// the mean over the period centred on its time; 0 when not rolling or nobody is on the roller. Periods a gap left
    /// without samples read the speed interpolated across the gap. A reading is emitted once the first sample past
    /// its period arrives, and the last one when the motions complete.
    /// </summary>
    /// <param name="motions">Roller motions in time order.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <returns>The readings, in time order, one per period from the first motion to the last.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="motions"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<SpeedReading> SpeedReadings(this IObservable<RollerMotion> motions, SpeedReadingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(motions);
        ArgumentNullException.ThrowIfNull(settings);

        // Observable.Create rather than Scan: a sample after a gap closes several readings at once, and the stream's
        // end closes the last one; both without allocating per sample.
        return Observable.Create<SpeedReading>(observer =>
        {
            var state = SpeedReadingState.Initial;
            return motions.Subscribe(
                motion =>
                {
                    state = SpeedReadingAggregator.Step(state, motion, settings);
                    if (!state.HasClosed)
                    {
                        return;
                    }

                    observer.OnNext(state.Closed);
                    for (var k = 1L; k <= state.EmptyCount; k++)
                    {
                        observer.OnNext(SpeedReadingAggregator.Empty(state, k, settings));
                    }
                },
                observer.OnError,
                () =>
                {
                    if (state.Started)
                    {
                        observer.OnNext(SpeedReadingAggregator.Close(state, settings));
                    }

                    observer.OnCompleted();
                });
        });
    }
}
