using System.Reactive.Linq;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Attitude;

/// <summary>Rx operator running the attitude filter over one sensor's samples.</summary>
public static class AttitudeOperators
{
    /// <summary>Runs <see cref="AttitudeFilter.Step"/> over the samples, one estimate per sample.</summary>
    /// <remarks>
    /// Pass one sensor's samples (filter by <see cref="ImuSample.Sensor"/> first): dt is the difference of consecutive
    /// sample times. The first sample with a usable accelerometer aligns the filter with gravity; repeated timestamps
    /// leave the estimate unchanged and gaps re-settle it (see <see cref="AttitudeSettings.MaxStepSeconds"/>).
    /// </remarks>
    /// <param name="samples">One sensor's samples, in time order.</param>
    /// <param name="settings">Filter settings.</param>
    /// <returns>The estimate after each sample.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<AttitudeEstimate> Attitudes(this IObservable<ImuSample> samples, AttitudeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(settings);
        return samples.Scan(
            default(AttitudeEstimate),
            (previous, sample) => new AttitudeEstimate(
                sample.Time,
                AttitudeFilter.Step(
                    previous.State,
                    sample.AngularVelocity,
                    sample.Acceleration,
                    (float)(sample.Time - previous.Time).TotalSeconds,
                    settings)));
    }
}
