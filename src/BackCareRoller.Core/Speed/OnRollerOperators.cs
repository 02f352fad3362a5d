using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Speed;

/// <summary>The on-roller stage of the sample pipeline: tells rolling from nudges and lifts.</summary>
public static class OnRollerOperators
{
    /// <summary>Marks each roller sample with whether someone is on the roller, using the body sensor when there is one.</summary>
    /// <param name="rollerSamples">Aligned, bias-corrected roller samples.</param>
    /// <param name="bodySamples">
    /// Aligned body samples (empty without a body sensor). Both sequences must come from one published source, so
    /// that merging them gives the arrival order.
    /// </param>
    /// <param name="settings">The on-roller settings.</param>
    /// <returns>One marked sample per roller sample.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IObservable<OnRollerSample> OnRoller(
        this IObservable<AlignedSample> rollerSamples,
        IObservable<AlignedSample> bodySamples,
        OnRollerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rollerSamples);
        ArgumentNullException.ThrowIfNull(bodySamples);
        ArgumentNullException.ThrowIfNull(settings);
        return rollerSamples.Merge(bodySamples)
            .Scan(
                (State: OnRollerState.Initial, Sample: default(AlignedSample)),
                (previous, sample) => sample.Sample.Sensor == SensorRole.Body
                    ? (OnRollerGate.StepBody(previous.State, sample, settings), sample)
                    : (OnRollerGate.Step(previous.State, sample, settings), sample))
            .Where(step => step.Sample.Sample.Sensor == SensorRole.Roller)
            .Select(step => new OnRollerSample(step.Sample, step.State.OnRoller));
    }
}
