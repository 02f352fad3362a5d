namespace BackCareRoller.Core.Zones;

/// <summary>
/// Detects slips between body and roller from the body sensor (DESIGN.md section 3: brief, a few cm). Rolling moves
/// the pelvis over the floor by −2 for each 1 of contact travel; a slip moves the contact by s while the roller does
/// not turn and the pelvis slides by −s. So the pelvis velocity plus twice the rolling contact velocity, both through
/// the same high-pass, is minus the slip velocity: flat while rolling cleanly, a one-signed pulse of 0.3–1 s during a
/// slip. The pulse is measured against the residual's own recent level and integrated over its lobe only; the
/// high-pass shaves a pulse of length T by about T/2τ, which is given back. Nothing is integrated between pulses, so
/// slow drift in the pelvis's velocity cannot accumulate.
/// </summary>
internal static class SlipDetector
{
    /// <summary>Pulse that starts a slip, m/s: twice the residual's spread while rolling cleanly (≈ 2 cm/s).</summary>
    public const double OnMetersPerSecond = 0.04;

    /// <summary>Pulse below which a slip is ending, m/s.</summary>
    public const double OffMetersPerSecond = 0.015;

    /// <summary>Time below the release level that ends a slip, s.</summary>
    public const double QuietSeconds = 0.1;

    /// <summary>Longest pulse taken for a slip, s: slips last 0.3–1 s; a longer residual is drift or a transition.</summary>
    public const double MaxSlipSeconds = 1.5;

    /// <summary>Averaging time of the residual's level outside slips, s.</summary>
    public const double BaselineSeconds = 1.0;

    /// <summary>Largest correction for the high-pass's shaving of a long pulse.</summary>
    public const double MaxGain = 1.6;

    /// <summary>Advances the detector by one body sample.</summary>
    /// <param name="state">The state after the previous body sample.</param>
    /// <param name="residual">Pelvis velocity plus twice the rolling contact velocity, both high-passed alike, m/s (toward the head).</param>
    /// <param name="dt">Time since the previous body sample, s.</param>
    /// <param name="highPassSeconds">Time constant of the velocity high-pass both inputs went through, s.</param>
    /// <returns>The next state; <see cref="SlipState.Increment"/> is the contact travel the finished slip added, m.</returns>
    public static SlipState Step(in SlipState state, double residual, double dt, double highPassSeconds)
    {
        var deviation = residual - state.Baseline;
        var next = state with { Residual = residual, Increment = 0 };

        // Outside slips: follow the residual's level, and start a slip on a pulse.
        if (!state.InSlip)
        {
            if (Math.Abs(deviation) < OnMetersPerSecond)
            {
                var weight = dt / (BaselineSeconds + dt);
                return next with { Baseline = state.Baseline + (deviation * weight) };
            }

            return next with { InSlip = true, Direction = Math.Sign(deviation), Integral = deviation * dt, Quiet = 0, Seconds = dt };
        }

        // A pulse that lasts too long is not a slip: drop it and follow the new level.
        var seconds = state.Seconds + dt;
        if (seconds > MaxSlipSeconds)
        {
            return next with { InSlip = false, Baseline = residual };
        }

        // Integrate the pulse's lobe; a slip ends once the pulse has stayed low for a moment.
        var along = deviation * state.Direction;
        var integral = state.Integral + (along > 0 ? deviation * dt : 0);
        var quiet = along < OffMetersPerSecond ? state.Quiet + dt : 0;
        if (quiet < QuietSeconds)
        {
            return next with { Integral = integral, Quiet = quiet, Seconds = seconds };
        }

        // The slip is over: the contact moved by minus the pelvis's slide, with the high-pass's shaving given back.
        var gain = Math.Min(MaxGain, 1 / (1 - (seconds / (2 * highPassSeconds))));
        return new SlipState(state.Baseline, false, 0, 0, 0, 0, -integral * gain, state.Count + 1, residual);
    }
}
