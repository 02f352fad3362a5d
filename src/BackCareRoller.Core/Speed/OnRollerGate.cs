using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Speed;

/// <summary>
/// Decides whether someone is on the roller, so that nudges and lifts (the roller moved by a hand or foot, or by a
/// weight shift while getting on or off) never count as rolling. Until the body-zone estimator decides this, the
/// rule is, with a body sensor:
/// <list type="bullet">
/// <item>upright (the body's long axis within the upright tilt of its standing "up", calibrated in the still standing
/// start of DESIGN.md section 2): standing, so nobody is on the roller;</item>
/// <item>settled (turning slower than the settled rate) and not upright for the settle time: on the roller, and the
/// user stays on while the body turns slower than the unsettled rate. Getting on or off turns the pelvis quickly,
/// so a nudge during a transition does not count.</item>
/// </list>
/// Without a body sensor (or one silent for longer than its stale time): motion becomes a pass, and the user is on
/// the roller, once it has gone on for the minimum pass duration (pauses shorter than the pass break do not end
/// it); shorter motion is a nudge. A sample that is handling rather than rolling (the roller lifted and tilted, so
/// gravity lies along its rotation; or turning faster than any pass, a kick) ends a pass and takes the user off.
/// The user stays on through reversals and pauses until the roller has been still for the release time. Kicks
/// slower than the pass limit and longer than the minimum pass still count: the body sensor is the real cue.
/// </summary>
internal static class OnRollerGate
{
    /// <summary>m/s²: standard gravity; a body sample whose force differs from it by more than 1 m/s² is accelerating.</summary>
    private const double Gravity = 9.81;

    /// <summary>Body rate (rad/s) below which the user counts as still for the standing calibration.</summary>
    private const double CalibrationStillRate = 0.2;

    /// <summary>Standing still this long at the start measures the body's "up" (DESIGN.md section 2 gives 2–3 s).</summary>
    private const double CalibrationSeconds = 1.0;

    /// <summary>
    /// Cosine of 25°: a calibration "up" further than this from +y is not a standing pose (mount tolerance ±15°, sway a
    /// few degrees), while the most upright seated move is 30° or more off vertical (DESIGN.md section 4).
    /// </summary>
    private const double CalibrationMaxOffAxisCosine = 0.906;

    /// <summary>s of session time: the standing calibration is looked for only at the start (DESIGN.md section 2).</summary>
    private const double CalibrationWindowSeconds = 15;

    /// <summary>Advances the rule by one bias-free roller sample.</summary>
    /// <param name="state">The state after the previous input.</param>
    /// <param name="roller">The roller sample, bias removed.</param>
    /// <param name="settings">The on-roller settings.</param>
    /// <returns>The new state; <see cref="OnRollerState.OnRoller"/> is the decision for this sample.</returns>
    internal static OnRollerState Step(OnRollerState state, in AlignedSample roller, OnRollerSettings settings)
    {
        var dt = roller.IntervalSeconds;
        var moving = roller.Sample.AngularVelocity.Length() > settings.MovingThresholdRadiansPerSecond;
        var passSeconds = moving ? state.PassSeconds + dt : state.PassSeconds;
        var stillSeconds = moving ? 0.0 : state.StillSeconds + dt;
        var next = state with { PassSeconds = passSeconds, StillSeconds = stillSeconds };

        // With a live body sensor, the body's posture decides.
        if (state.HasBody && roller.Sample.Time - state.LastBodyTime <= settings.BodyStaleAfter)
        {
            var on = !state.BodyUpright
                && (state.SettledSeconds >= settings.SettleTime.TotalSeconds
                    || (state.OnRoller && state.BodyRate < settings.UnsettledRateRadiansPerSecond));
            return next with { OnRoller = on, PassSeconds = 0 };
        }

        // Roller only, handled (lifted or kicked): nobody is on it, and no pass is under way.
        if (IsHandled(roller.Sample, settings))
        {
            return next with { OnRoller = false, PassSeconds = 0 };
        }

        // Roller only, off: a stretch that stalls before it became a pass was a nudge; one that lasts is a pass.
        if (!state.OnRoller)
        {
            passSeconds = stillSeconds >= settings.PassBreak.TotalSeconds ? 0 : passSeconds;
            return next with { OnRoller = moving && passSeconds >= settings.MinPassDuration.TotalSeconds, PassSeconds = passSeconds };
        }

        // Roller only, on: still for longer than any pause on a tender spot means the user has left the roller.
        return stillSeconds >= settings.ReleaseAfter.TotalSeconds ? next with { OnRoller = false, PassSeconds = 0 } : next;
    }

    /// <summary>Advances the rule by one body sample: follows posture and rate, and calibrates "up" while standing still at the start.</summary>
    /// <param name="state">The state after the previous input.</param>
    /// <param name="body">The next body sample.</param>
    /// <param name="settings">The on-roller settings.</param>
    /// <returns>The new state.</returns>
    internal static OnRollerState StepBody(OnRollerState state, in AlignedSample body, OnRollerSettings settings)
    {
        var force = body.Sample.Acceleration;
        var rate = body.Sample.AngularVelocity.Length();

        // Start the filters at the first body sample and after a gap.
        if (!state.HasBody || body.FollowsGap)
        {
            var fresh = state with { HasBody = true, LastBodyTime = body.Sample.Time, Posture = force, BodyRate = rate, CalibrationSeconds = 0, SettledSeconds = 0 };
            return fresh with { BodyUpright = IsUpright(fresh, force, settings) };
        }

        var dt = body.IntervalSeconds;
        var posture = state.Posture + ((force - state.Posture) * (float)(dt / (settings.PostureTimeConstant.TotalSeconds + dt)));
        var bodyRate = state.BodyRate + ((rate - state.BodyRate) * (float)(dt / (settings.BodyRateTimeConstant.TotalSeconds + dt)));
        var next = state with { LastBodyTime = body.Sample.Time, Posture = posture, BodyRate = bodyRate };

        // Standing still at the start in a plausible standing pose: learn the body's "up" once.
        var direction = Vector3.Normalize(posture);
        var quiet = rate < CalibrationStillRate && Math.Abs(force.Length() - Gravity) < 1.0 && direction.Y > CalibrationMaxOffAxisCosine;
        if (!next.Calibrated && body.Sample.Time.TotalSeconds <= CalibrationWindowSeconds)
        {
            var calibrationSeconds = quiet ? next.CalibrationSeconds + dt : 0;
            next = calibrationSeconds >= CalibrationSeconds
                ? next with { Up = direction, Calibrated = true, CalibrationSeconds = calibrationSeconds }
                : next with { CalibrationSeconds = calibrationSeconds };
        }

        // Follow posture: upright, or settled for how long.
        var upright = IsUpright(next, posture, settings);
        var settled = !upright && bodyRate < settings.SettledRateRadiansPerSecond;
        return next with { BodyUpright = upright, SettledSeconds = settled ? next.SettledSeconds + dt : 0 };
    }

    // Lifted and tilted (gravity along the rotation), or turning faster than any pass.
    private static bool IsHandled(in ImuSample sample, OnRollerSettings settings)
    {
        var rate = sample.AngularVelocity.Length();
        if (rate < OnRollerDefaults.HandlingMinRateRadiansPerSecond)
        {
            return false;
        }

        var alongRotation = Math.Abs(Vector3.Dot(sample.Acceleration, sample.AngularVelocity)) / rate;
        return alongRotation > settings.HandlingForceMetersPerSecondSquared || rate > settings.MaxPassRateRadiansPerSecond;
    }

    private static bool IsUpright(in OnRollerState state, Vector3 posture, OnRollerSettings settings)
    {
        var length = posture.Length();
        return length > 0 && Vector3.Dot(posture, state.Up) / length > settings.UprightCosine;
    }
}
