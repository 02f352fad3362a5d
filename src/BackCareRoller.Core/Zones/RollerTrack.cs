using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// The roller's contribution to the contact position: its rotation integrated into displacement along the body
/// (v = ω·r, DESIGN.md section 3), plus a high-passed rate the body's motion is compared with.
/// </summary>
/// <param name="HasSample">Whether a roller sample has been seen.</param>
/// <param name="LastTime">Time of the last roller sample.</param>
/// <param name="LastRate">Angular rate of the last sample, rad/s, sign as delivered.</param>
/// <param name="SlowMeanRate">Slow mean of the rate (the body's acceleration-mean time constant), rad/s.</param>
/// <param name="LowPassRate">First-order low-pass, with the body velocity's time constant, of the rate minus its slow mean, rad/s.</param>
/// <param name="Displacement">
/// ∑ f·ω·r/H·dt: contact travel toward the head, fraction of height, with f = +1 back down and −1 front down, still
/// to be multiplied by the roll axis' sign when that is unknown.
/// </param>
/// <param name="GapVariance">Variance added by sample gaps the rate was guessed across, u².</param>
/// <param name="IsRolling">Whether the last sample was rolling.</param>
/// <param name="StillDisplacement">Displacement at the last sample that was not rolling.</param>
/// <param name="AxisSignKnown">Whether the sign of the rate is the firmware one.</param>
/// <param name="ResidualBias">What the rate still reads while the roller holds still under the user, rad/s: bias the speed stage left.</param>
/// <param name="HoldSeconds">How long the roller has been holding still, s.</param>
/// <param name="SmoothedRate">The rate smoothed over about a breath, rad/s: a held roller rocks with breathing and tremor around zero.</param>
internal readonly record struct RollerTrack(
    bool HasSample,
    TimeSpan LastTime,
    double LastRate,
    double SlowMeanRate,
    double LowPassRate,
    double Displacement,
    double GapVariance,
    bool IsRolling,
    double StillDisplacement,
    bool AxisSignKnown,
    double ResidualBias,
    double HoldSeconds,
    double SmoothedRate)
{
    /// <summary>
    /// Smoothed rate below which the roller holds still, rad/s: tremor and breathing rock a loaded roller by a few
    /// mm/s (≲ 0.05 rad/s) around zero, which smoothing over a breath removes, while the slowest passes (1.5 cm/s)
    /// turn it at 0.2 rad/s.
    /// </summary>
    private const double HoldRateRadiansPerSecond = 0.03;

    /// <summary>Smoothing time of the rate for hold detection, s: about one breath.</summary>
    private const double SmoothingSeconds = 1.5;

    /// <summary>Hold needed before its mean rate is taken as residual bias, s.</summary>
    private const double HoldSettleSeconds = 3.0;

    /// <summary>Averaging time of the residual bias, s.</summary>
    private const double BiasAveragingSeconds = 3;

    /// <summary>Largest residual bias believed, rad/s: the speed stage removes the bulk of a consumer gyro's bias.</summary>
    private const double MaxResidualBias = 0.05;

    /// <summary>Rate above which the contact travels, rad/s (the speed stage's rolling threshold, applied after the residual bias).</summary>
    private const double RollingRateRadiansPerSecond = 0.05;

    /// <summary>
    /// The rate through the same two high-passes as the body's velocity (slow mean removed, then the velocity
    /// high-pass), rad/s: what that velocity is compared with.
    /// </summary>
    public double HighPassRate => LastRate - SlowMeanRate - LowPassRate;

    /// <summary>Integrates one roller sample.</summary>
    /// <param name="motion">The roller's rotation at this sample.</param>
    /// <param name="faceSign">+1 with the back of the body on the roller, −1 with the front.</param>
    /// <param name="metersToU">1/H, to turn metres along the body into u.</param>
    /// <param name="settings">Validated settings.</param>
    /// <param name="posture">The body filters' time constants, shared so both sides are filtered alike.</param>
    /// <param name="loaded">Whether someone is on the roller: only a held, loaded roller reveals residual bias (a nudged or carried one turns slowly for real).</param>
    /// <returns>The next track.</returns>
    public RollerTrack Step(in RollerMotion motion, double faceSign, double metersToU, ZoneEstimatorSettings settings, Posture.PostureSettings posture, bool loaded)
    {
        var raw = double.IsFinite(motion.AxisRateRadiansPerSecond) ? motion.AxisRateRadiansPerSecond : 0;

        // The first sample only starts the clock.
        if (!HasSample)
        {
            return new RollerTrack(true, motion.Time, 0, 0, 0, 0, 0, motion.IsRolling, 0, motion.AxisSignKnown, 0, 0, raw);
        }

        // Ignore repeated or out-of-order samples.
        var dt = (motion.Time - LastTime).TotalSeconds;
        if (dt <= 0)
        {
            return this;
        }

        // While the roller holds still, its mean reading is bias the speed stage left (a loaded roller is rarely still
        // enough for it): learn it, and let only rates clearly above it move the contact, so a 20–30 s pause on a
        // tender spot does not creep.
        // The speed stage re-learns its bias whenever the roller lies still off the body, so what is left is new with
        // each move: forget it while nobody is on the roller.
        var smoothing = Posture.PostureEstimator.Decay(dt, SmoothingSeconds);
        var smoothed = (SmoothedRate * smoothing) + (raw * (1 - smoothing));
        var holding = Math.Abs(smoothed - ResidualBias) < HoldRateRadiansPerSecond;
        var hold = holding ? HoldSeconds + dt : 0;
        var residualBias = !loaded ? 0
            : hold > HoldSettleSeconds ? Math.Clamp(ResidualBias + ((smoothed - ResidualBias) * dt / (BiasAveragingSeconds + dt)), -MaxResidualBias, MaxResidualBias)
            : ResidualBias;
        var rolling = motion.IsRolling && Math.Abs(raw - residualBias) > RollingRateRadiansPerSecond;
        var rate = rolling ? raw - residualBias : 0;

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

        var slowDecay = Posture.PostureEstimator.Decay(dt, posture.AccelerationMeanSeconds);
        var slowMean = (SlowMeanRate * slowDecay) + (rate * (1 - slowDecay));
        var decay = Posture.PostureEstimator.Decay(dt, posture.VelocityHighPassSeconds);
        var lowPass = (LowPassRate * decay) + ((rate - slowMean) * (1 - decay));
        var still = rolling ? StillDisplacement : displacement;
        return new RollerTrack(true, motion.Time, rate, slowMean, lowPass, displacement, gapVariance, rolling, still, motion.AxisSignKnown, residualBias, hold, smoothed);
    }
}
