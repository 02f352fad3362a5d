using BackCareRoller.Core.RollAxis;

namespace BackCareRoller.Core.Speed;

/// <summary>
/// Turns the roll-axis rate into <see cref="RollerMotion"/>: traverse speed v = |ω|·r (DESIGN.md section 3), counted
/// only while someone is on the roller (<see cref="OnRollerGate"/>); motion with nobody on it has speed 0 and is not
/// rolling. Stateless: each sample's motion depends on that sample alone.
/// </summary>
internal static class RollerMotionEstimator
{
    /// <summary>The motion of one roller sample.</summary>
    /// <param name="rate">The roller's rate about its axis, and whether someone is on it.</param>
    /// <param name="settings">The roller-motion settings.</param>
    /// <returns>The motion.</returns>
    internal static RollerMotion Step(in AxisRate rate, RollerMotionSettings settings)
    {
        var magnitude = Math.Abs(rate.RateRadiansPerSecond);

        // Nobody on the roller: a nudge or a lift moves no contact point.
        if (!rate.OnRoller)
        {
            return new RollerMotion(rate.Time, rate.RateRadiansPerSecond, 0.0, false, rate.SignKnown);
        }

        var rolling = magnitude > settings.RollingThresholdRadiansPerSecond;
        return new RollerMotion(rate.Time, rate.RateRadiansPerSecond, magnitude * settings.RollerRadiusMeters, rolling, rate.SignKnown);
    }
}
