using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.RollAxis;

namespace BackCareRoller.Core.Speed;

/// <summary>The roller-motion stage of the sample pipeline: traverse speed while someone is on the roller.</summary>
public static class RollerMotionOperators
{
    /// <summary>Turns the roller's axis rates into roller motions, using the body sensor to tell rolling from nudges.</summary>
    /// <param name="axisRates">The roller's rate about its axis, one per roller sample.</param>
    /// <param name="bodySamples">Aligned body-sensor samples (empty without a body sensor); both sequences must come from one source so their order is the arrival order.</param>
    /// <param name="settings">The roller-motion settings.</param>
    /// <returns>One roller motion per axis rate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IObservable<RollerMotion> RollerMotions(
        this IObservable<AxisRate> axisRates,
        IObservable<AlignedSample> bodySamples,
        RollerMotionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(axisRates);
        ArgumentNullException.ThrowIfNull(bodySamples);
        ArgumentNullException.ThrowIfNull(settings);
        return axisRates.Select(RollerMotionInput.FromRoller)
            .Merge(bodySamples.Select(RollerMotionInput.FromBody))
            .Scan(RollerMotionState.Initial, (state, input) => input.IsRoller
                ? RollerMotionEstimator.Step(state, input.Rate, settings)
                : RollerMotionEstimator.StepBody(state, input.Body, settings))
            .Where(state => state.HasMotion)
            .Select(state => state.Motion);
    }
}
