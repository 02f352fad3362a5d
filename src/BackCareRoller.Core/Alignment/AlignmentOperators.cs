using System.Reactive.Linq;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Alignment;

/// <summary>The per-sensor time alignment stage of the sample pipeline.</summary>
public static class AlignmentOperators
{
    /// <summary>Places each sample on its sensor's timeline, dropping samples that go back in their sensor's time.</summary>
    /// <param name="samples">Samples of both sensors, interleaved in arrival order.</param>
    /// <param name="settings">The alignment settings.</param>
    /// <returns>One aligned sample per kept sample, in the same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<AlignedSample> AlignedSamples(this IObservable<ImuSample> samples, AlignmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        return samples
            .Scan(AlignmentState.Initial, (state, sample) => SampleAligner.Step(state, sample, settings))
            .Where(state => state.HasCurrent)
            .Select(state => state.Current);
    }
}
