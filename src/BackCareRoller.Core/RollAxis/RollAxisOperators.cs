using System.Reactive.Linq;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.RollAxis;

/// <summary>The roll-axis stage of the sample pipeline.</summary>
public static class RollAxisOperators
{
    /// <summary>Turns bias-free roller samples into the rate about the roll axis, estimating the axis for an unknown mount.</summary>
    /// <param name="rollerSamples">Aligned, bias-corrected samples of the roller sensor only.</param>
    /// <param name="settings">The roll-axis settings.</param>
    /// <returns>One axis rate per roller sample.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rollerSamples"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<AxisRate> AxisRates(this IObservable<AlignedSample> rollerSamples, RollAxisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(rollerSamples);
        ArgumentNullException.ThrowIfNull(settings);
        var signKnown = settings.Mount == RollerMount.FirmwareAxis;
        return rollerSamples.Scan(
            (State: RollAxisState.For(settings), Rate: default(AxisRate)),
            (previous, sample) =>
            {
                var state = RollAxisEstimator.Step(previous.State, sample, settings);
                var rate = new AxisRate(
                    sample.Sample.Time,
                    sample.IntervalSeconds,
                    sample.FollowsGap,
                    state.RateRadiansPerSecond,
                    signKnown);
                return (state, rate);
            })
            .Select(step => step.Rate);
    }
}
