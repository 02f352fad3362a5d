using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.RollAxis;

namespace BackCareRoller.Core.Speed;

/// <summary>
/// Turns the roll-axis rate into <see cref="RollerMotion"/>: traverse speed v = |ω|·r (DESIGN.md section 3), counted
/// only while someone is on the roller. Until the body-zone estimator decides that, the rule is:
/// <list type="bullet">
/// <item>a user whose body sensor is upright (long axis within the upright tilt of vertical) is standing, so roller
/// motion is a nudge;</item>
/// <item>otherwise rolling becomes a pass, and the user is on the roller, once it has gone on for the minimum pass
/// duration (pauses shorter than the pass break do not end it); shorter motion is a nudge;</item>
/// <item>once on, the user stays on through reversals and pauses until the roller has been still for the release
/// time, or the body sensor turns upright.</item>
/// </list>
/// </summary>
internal static class RollerMotionEstimator
{
    /// <summary>m/s²: standard gravity; a body sample whose force differs from it by more than 1 m/s² is accelerating.</summary>
    private const double Gravity = 9.81;

    /// <summary>Body rate (rad/s) below which the user counts as still for the standing calibration.</summary>
    private const double CalibrationStillRate = 0.2;

    /// <summary>Standing still this long at the start measures the body's "up" (DESIGN.md section 2 gives 2–3 s).</summary>
    private const double CalibrationSeconds = 1.0;

    /// <summary>Cosine of 35°: a calibration "up" further than this from +y is not a standing pose (mount tolerance ±15°).</summary>
    private const double CalibrationMaxOffAxisCosine = 0.819;

    /// <summary>Advances the stage by one roller sample.</summary>
    /// <param name="state">The state after the previous sample.</param>
    /// <param name="rate">The roller's rate about its axis.</param>
    /// <param name="settings">The roller-motion settings.</param>
    /// <returns>The new state; <see cref="RollerMotionState.Motion"/> is this sample's motion.</returns>
    internal static RollerMotionState Step(RollerMotionState state, in AxisRate rate, RollerMotionSettings settings)
    {
        var dt = rate.IntervalSeconds;
        var magnitude = Math.Abs(rate.RateRadiansPerSecond);
        var turning = magnitude > settings.RollingThresholdRadiansPerSecond;

        // Count rolling time toward a pass, and stillness toward its end.
        var passSeconds = turning ? state.PassSeconds + dt : state.PassSeconds;
        var stillSeconds = turning ? 0.0 : state.StillSeconds + dt;
        var onRoller = state.OnRoller;

        // Standing user: nobody is on the roller and nothing counts toward a pass.
        if (state.BodyUpright)
        {
            onRoller = false;
            passSeconds = 0;
        }
        else if (!onRoller)
        {
            // A stretch that stalls before it became a pass was a nudge; one that lasts is a pass.
            passSeconds = stillSeconds >= settings.PassBreakSeconds ? 0 : passSeconds;
            onRoller = turning && passSeconds >= settings.MinPassSeconds;
        }
        else if (stillSeconds >= settings.ReleaseSeconds)
        {
            // Still for longer than any pause on a tender spot: the user has left the roller.
            onRoller = false;
            passSeconds = 0;
        }

        var speed = onRoller ? magnitude * settings.RollerRadiusMeters : 0.0;
        var motion = new RollerMotion(rate.Time, rate.RateRadiansPerSecond, speed, onRoller && turning, rate.SignKnown);
        return state with { OnRoller = onRoller, PassSeconds = passSeconds, StillSeconds = stillSeconds, Motion = motion, HasMotion = true };
    }

    /// <summary>Advances the stage by one body sample: follows the posture and calibrates "up" while standing still at the start.</summary>
    /// <param name="state">The state after the previous sample.</param>
    /// <param name="body">The next body sample.</param>
    /// <param name="settings">The roller-motion settings.</param>
    /// <returns>The new state.</returns>
    internal static RollerMotionState StepBody(RollerMotionState state, in AlignedSample body, RollerMotionSettings settings)
    {
        var force = body.Sample.Acceleration;
        state = state with { HasMotion = false };

        // Start the posture at the first body sample and after a gap.
        if (!state.HasPosture || body.FollowsGap)
        {
            return WithPosture(state with { HasPosture = true, CalibrationSeconds = 0 }, force, settings);
        }

        var dt = body.IntervalSeconds;
        var posture = state.Posture + ((force - state.Posture) * (float)(dt / (settings.PostureTimeConstantSeconds + dt)));
        var next = WithPosture(state, posture, settings);

        // Already calibrated, or not standing still in a plausible standing pose: nothing to learn.
        var direction = Vector3.Normalize(posture);
        var quiet = body.Sample.AngularVelocity.Length() < CalibrationStillRate
            && Math.Abs(force.Length() - Gravity) < 1.0
            && direction.Y > CalibrationMaxOffAxisCosine;
        if (next.Calibrated || !quiet)
        {
            return next with { CalibrationSeconds = 0 };
        }

        // Standing still long enough: this is the body's "up" in the sensor frame.
        var calibrationSeconds = next.CalibrationSeconds + dt;
        return calibrationSeconds >= CalibrationSeconds
            ? WithPosture(next with { Up = direction, Calibrated = true, CalibrationSeconds = calibrationSeconds }, posture, settings)
            : next with { CalibrationSeconds = calibrationSeconds };
    }

    private static RollerMotionState WithPosture(RollerMotionState state, Vector3 posture, RollerMotionSettings settings)
    {
        var length = posture.Length();
        var upright = length > 0 && Vector3.Dot(posture, state.Up) / length > settings.UprightCosine;
        return state with { Posture = posture, BodyUpright = upright };
    }
}
