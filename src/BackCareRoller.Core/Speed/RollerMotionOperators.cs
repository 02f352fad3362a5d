using System.Reactive.Linq;
using BackCareRoller.Core.RollAxis;

namespace BackCareRoller.Core.Speed;

/// <summary>The roller-motion stage of the sample pipeline: traverse speed while someone is on the roller.</summary>
public static class RollerMotionOperators
{
    /// <summary>Turns the roller's axis rates into roller motions: v = |ω|·r on the roller, 0 off it.</summary>
    /// <param name="axisRates">The roller's rate about its axis, one per roller sample.</param>
    /// <param name="settings">The roller-motion settings.</param>
    /// <returns>One roller motion per axis rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="axisRates"/> or <paramref name="settings"/> is null.</exception>
    public static IObservable<RollerMotion> RollerMotions(this IObservable<AxisRate> axisRates, RollerMotionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(axisRates);
        ArgumentNullException.ThrowIfNull(settings);
        return axisRates.Select(rate => RollerMotionEstimator.Step(rate, settings));
    }
}
