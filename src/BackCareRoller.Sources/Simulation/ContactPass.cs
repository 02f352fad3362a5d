namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// One pass of the roller along the body: the contact travels <see cref="Distance"/> metres (signed, + toward the
/// head) in <see cref="Duration"/> seconds with raised-cosine speed ramps of <see cref="Ramp"/> seconds at each end
/// and a cruise in between, plus a zero-mean wobble (hands pushing unevenly). Only the roller's turning moves the
/// contact here; slips are separate.
/// </summary>
/// <param name="Start">Session time the pass starts, s.</param>
/// <param name="Duration">Length of the pass, s.</param>
/// <param name="Distance">Net contact travel along the body, m (+ toward the head).</param>
/// <param name="Ramp">Length of each speed ramp, s (at most half the duration).</param>
/// <param name="WobbleAmplitude">Peak of the wobble velocity, m/s.</param>
/// <param name="WobbleCycles">Whole wobble cycles in the pass.</param>
internal readonly record struct ContactPass(double Start, double Duration, double Distance, double Ramp, double WobbleAmplitude, int WobbleCycles)
{
    public double End => Start + Duration;

    /// <summary>Peak speed of the ramp-cruise-ramp profile, m/s (signed), before the wobble.</summary>
    public double CruiseVelocity => Distance / (Duration - Ramp);

    /// <summary>Displacement, velocity and acceleration at <paramref name="t"/>, clamped to the pass.</summary>
    public Kinematics At(double t)
    {
        var tau = t - Start;
        if (tau <= 0)
        {
            return default;
        }

        if (tau >= Duration)
        {
            return new Kinematics(Distance, 0, 0);
        }

        // Ramp up, cruise, ramp down: the areas add up to exactly Distance.
        var peak = CruiseVelocity;
        var rate = Math.PI / Ramp;
        Kinematics profile;
        if (tau < Ramp)
        {
            var (sin, cos) = Math.SinCos(rate * tau);
            profile = new Kinematics(peak * ((tau / 2) - (sin / (2 * rate))), peak * (1 - cos) / 2, peak * rate * sin / 2);
        }
        else if (tau <= Duration - Ramp)
        {
            profile = new Kinematics((peak * Ramp / 2) + (peak * (tau - Ramp)), peak, 0);
        }
        else
        {
            var left = Duration - tau;
            var (sin, cos) = Math.SinCos(rate * left);
            profile = new Kinematics(Distance - (peak * ((left / 2) - (sin / (2 * rate)))), peak * (1 - cos) / 2, -peak * rate * sin / 2);
        }

        // Wobble A·sin(πτ/T)·sin(2πkτ/T) = A/2·[cos((2k−1)πτ/T) − cos((2k+1)πτ/T)]: zero net travel, zero at both ends.
        if (WobbleAmplitude == 0)
        {
            return profile;
        }

        var low = ((2 * WobbleCycles) - 1) * Math.PI / Duration;
        var high = ((2 * WobbleCycles) + 1) * Math.PI / Duration;
        var half = WobbleAmplitude / 2;
        var (sinLow, cosLow) = Math.SinCos(low * tau);
        var (sinHigh, cosHigh) = Math.SinCos(high * tau);
        var wobble = new Kinematics(
            half * ((sinLow / low) - (sinHigh / high)),
            half * (cosLow - cosHigh),
            half * ((-low * sinLow) + (high * sinHigh)));
        return profile + wobble;
    }
}
