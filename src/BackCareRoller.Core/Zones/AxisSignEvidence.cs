namespace BackCareRoller.Core.Zones;

/// <summary>
/// Evidence for the sign of an unknown-mount roller's axis from the body's motion. With no slip the pelvis moves
/// over the floor at 2ω·r (DESIGN.md section 3), so its velocity toward the head is v = −2·r·m·f·ω, where m is the
/// axis sign to find (+1 for the firmware convention) and f is +1 back down, −1 front down. Both sides go through the
/// same first-order high-pass, so their correlation gives −m; the sign flips of f are folded in.
/// </summary>
/// <param name="CrossSum">∑ f·p·q·dt (decaying), p the body's high-passed velocity, q the roller's high-passed rate.</param>
/// <param name="BodySquares">∑ p²·dt (decaying).</param>
/// <param name="RollerSquares">∑ q²·dt (decaying).</param>
/// <param name="Seconds">∑ dt (decaying): the observation time behind the sums.</param>
internal readonly record struct AxisSignEvidence(double CrossSum, double BodySquares, double RollerSquares, double Seconds)
{
    /// <summary>Forgetting time of the evidence, s: long, since the mount does not change within a session.</summary>
    private const double MemorySeconds = 600;

    /// <summary>Correlation time of the high-passed signals, s: the filter's time scale, so ∑dt/τ counts independent looks.</summary>
    private const double CorrelationSeconds = 1.0;

    /// <summary>Logistic gain turning the correlation's t-statistic into a probability.</summary>
    private const double Gain = 2.0;

    /// <summary>Rate below which the roller's high-passed rate carries no evidence, rad/s².</summary>
    private const double MinRollerSquares = 1e-6;

    /// <summary>Adds one body sample's worth of evidence.</summary>
    /// <param name="bodyVelocity">The pelvis' high-passed velocity toward the head, m/s.</param>
    /// <param name="rollerRate">The roller's high-passed rate at the same time, rad/s.</param>
    /// <param name="faceSign">+1 back down, −1 front down.</param>
    /// <param name="dt">Time this sample stands for, s.</param>
    /// <returns>The updated evidence.</returns>
    public AxisSignEvidence Add(double bodyVelocity, double rollerRate, double faceSign, double dt)
    {
        var decay = Posture.PostureEstimator.Decay(dt, MemorySeconds);
        return new AxisSignEvidence(
            (CrossSum * decay) + (faceSign * bodyVelocity * rollerRate * dt),
            (BodySquares * decay) + (bodyVelocity * bodyVelocity * dt),
            (RollerSquares * decay) + (rollerRate * rollerRate * dt),
            (Seconds * decay) + dt);
    }

    /// <summary>Probability that the axis sign is the firmware one (+1), from the evidence so far.</summary>
    /// <returns>0.5 with no evidence; near 1 when the body moves against the roller's rate as expected.</returns>
    public double PlusProbability()
    {
        // No rolling under a moving body yet: no evidence either way.
        var norm = Math.Sqrt(BodySquares * RollerSquares);
        if (!(norm > 0) || RollerSquares < MinRollerSquares)
        {
            return 0.5;
        }

        var correlation = -CrossSum / norm;
        var t = correlation * Math.Sqrt(Seconds / CorrelationSeconds);
        return 1 / (1 + Math.Exp(-Gain * t));
    }
}
