using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// The roller's contribution to the contact position: its rotation integrated into displacement along the body
/// (v = ω·r, DESIGN.md section 3), plus a high-passed rate the body's motion is compared with.
/// </summary>
/// <param name="HasSample">Whether a roller sample has been seen.</param>
/// <param name="LastTime">Time of the last roller sample.</param>
/// <param name="LastRate">Angular rate of the last sample, rad/s, sign as delivered.</param>
/// <param name="LowPassRate">First-order low-pass of the rate with the body filter's time constant, rad/s.</param>
/// <param name="Displacement">
/// ∑ f·ω·r/H·dt: contact travel toward the head, fraction of height, with f = +1 back down and −1 front down, still
/// to be multiplied by the roll axis' sign when that is unknown.
/// </param>
/// <param name="GapVariance">Variance added by sample gaps the rate was guessed across, u².</param>
/// <param name="IsRolling">Whether the last sample was rolling.</param>
/// <param name="StillDisplacement">Displacement at the last sample that was not rolling.</param>
/// <param name="AxisSignKnown">Whether the sign of the rate is the firmware one.</param>
internal readonly record struct RollerTrack(
    bool HasSample,
    TimeSpan LastTime,
    double LastRate,
    double LowPassRate,
    double Displacement,
    double GapVariance,
    bool IsRolling,
    double StillDisplacement,
    bool AxisSignKnown)
{
    /// <summary>The rate's high-passed part, rad/s: what the body's high-passed velocity is compared with.</summary>
    public double HighPassRate => LastRate - LowPassRate;

    /// <summary>Integrates one roller sample.</summary>
    /// <param name="motion">The roller's rotation at this sample.</param>
    /// <param name="faceSign">+1 with the back of the body on the roller, −1 with the front.</param>
    /// <param name="metersToU">1/H, to turn metres along the body into u.</param>
    /// <param name="settings">Validated settings.</param>
    /// <param name="highPassSeconds">Time constant shared with the body's velocity high-pass, s.</param>
    /// <returns>The next track.</returns>
    public RollerTrack Step(in RollerMotion motion, double faceSign, double metersToU, ZoneEstimatorSettings settings, double highPassSeconds)
    {
        var rate = double.IsFinite(motion.AxisRateRadiansPerSecond) ? motion.AxisRateRadiansPerSecond : 0;

        // The first sample only starts the clock.
        if (!HasSample)
        {
            return new RollerTrack(true, motion.Time, rate, rate, 0, 0, motion.IsRolling, 0, motion.AxisSignKnown);
        }

        // Ignore repeated or out-of-order samples.
        var dt = (motion.Time - LastTime).TotalSeconds;
        if (dt <= 0)
        {
            return this;
        }

        // Trapezoid rule: the rate is close to linear between samples 2.5–40 ms apart.
        var scale = faceSign * settings.RollerRadiusMeters * metersToU;
        var averageRate = 0.5 * (rate + LastRate);
        var displacement = Displacement + (scale * averageRate * dt);

        // Across a longer gap the rate may have reversed: charge the unseen travel as variance.
        var gapVariance = GapVariance;
        if (dt > ZoneEstimatorDefaults.MaxIntegrationGapSeconds)
        {
            var unseen = scale * Math.Max(Math.Abs(rate), Math.Abs(LastRate)) * (dt - ZoneEstimatorDefaults.MaxIntegrationGapSeconds);
            gapVariance += unseen * unseen;
        }

        var decay = Posture.PostureEstimator.Decay(dt, highPassSeconds);
        var lowPass = (LowPassRate * decay) + (rate * (1 - decay));
        var still = motion.IsRolling ? StillDisplacement : displacement;
        return new RollerTrack(true, motion.Time, rate, lowPass, displacement, gapVariance, motion.IsRolling, still, motion.AxisSignKnown);
    }
}
