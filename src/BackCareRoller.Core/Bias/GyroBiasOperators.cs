using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;

namespace BackCareRoller.Core.Bias;

/// <summary>The gyro bias stage of the sample pipeline.</summary>
public static class GyroBiasOperators
{
    /// <summary>Removes the gyro bias, learned whenever the sensor is still, from every sample.</summary>
    /// <param name="samples">Aligned samples of one sensor.</param>
    /// <param name="settings">The bias settings.</param>
    /// <returns>The same samples with the bias subtracted from their angular velocity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<AlignedSample> BiasCorrected(this IObservable<AlignedSample> samples, GyroBiasSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        return samples.Scan(
            (State: GyroBiasState.Initial, Sample: default(AlignedSample)),
            (previous, sample) =>
            {
                var state = GyroBiasEstimator.Step(previous.State, sample, settings);
                return (state, sample with { Sample = sample.Sample with { AngularVelocity = state.Corrected } });
            })
            .Select(step => step.Sample);
    }
}
