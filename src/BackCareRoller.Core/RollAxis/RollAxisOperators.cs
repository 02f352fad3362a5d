using System.Reactive.Linq;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.RollAxis;

/// <summary>The roll-axis stage of the sample pipeline.</summary>
public static class RollAxisOperators
{
    /// <summary>Turns bias-free roller samples into the rate about the roll axis, estimating the axis for an unknown mount.</summary>
    /// <param name="rollerSamples">Aligned, bias-corrected roller samples, marked with whether someone is on the roller.</param>
    /// <param name="settings">The roll-axis settings.</param>
    /// <returns>One axis rate per roller sample.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollerSamples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<AxisRate> AxisRates(this IObservable<OnRollerSample> rollerSamples, RollAxisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rollerSamples);
        ArgumentNullException.ThrowIfNull(settings);
        var signKnown = settings.Mount == RollerMount.FirmwareAxis;
        return rollerSamples.Scan(
            (State: RollAxisState.For(settings), Rate: default(AxisRate)),
            (previous, marked) =>
            {
                var sample = marked.Sample;
                var state = RollAxisEstimator.Step(previous.State, sample, marked.OnRoller, settings);
                var rate = new AxisRate(
                    sample.Sample.Time,
                    sample.IntervalSeconds,
                    sample.FollowsGap,
                    state.RateRadiansPerSecond,
                    signKnown,
                    marked.OnRoller);
                return (state, rate);
            })
            .Select(step => step.Rate);
    }
}
