using System.Numerics;
using System.Runtime.CompilerServices;

namespace BackCareRoller.Core.Attitude;

/// <summary>6-axis attitude filter (AHRS without magnetometer): gyro integration corrected towards gravity, with online gyro bias.</summary>
/// <remarks>
/// <para>Each step rotates the orientation by the bias-corrected gyro, then tilts it about a horizontal earth axis
/// towards two gravity measurements: the current accelerometer sample, weighted down as it disagrees with the estimate
/// (soft rejection, like Fusion's but without a timeout), and the running mean of all samples rotated into the earth
/// frame. The mean is rotated along with every correction, so it measures the remaining tilt error, not a lagged one.</para>
/// <para>Why the mean: a body whose velocity stays bounded has zero mean acceleration, so the mean specific force is
/// gravity however hard or long it is shaken. A foam-roller user moves back and forth for minutes (DESIGN.md section 3),
/// exactly where Fusion's rejection timeout lets linear acceleration back in (BROAD trial 16: 25.6° RMSE).</para>
/// <para>Heading is never corrected (no magnetometer): it drifts with the z-axis gyro bias and carries no meaning.</para>
/// </remarks>
public static class AttitudeFilter
{
    /// <summary>Below this ‖a‖² ((0.01 m/s²)²) a sample has no direction: free fall or a dead sensor.</summary>
    private const float MinDirectionMagnitudeSquared = 1e-4f;

    /// <summary>(100 rad/s)²: 5700°/s, beyond any MEMS gyro's range (±4000°/s); a larger or non-finite rate is not integrated.</summary>
    private const float MaxRateSquared = 100f * 100f;

    /// <summary>(1000 m/s²)²: about 100 g, beyond any MEMS accelerometer's range (±32 g); a larger or non-finite sample is not used.</summary>
    private const float MaxAccelerationSquared = 1000f * 1000f;

    /// <summary>Below this half-angle² the rotation exponential uses its Taylor series (error under 1e-9).</summary>
    private const float SeriesHalfAngleSquared = 0.01f;

    /// <summary>Starts a filter aligned with gravity: "up" is the accelerometer's direction, heading is zero.</summary>
    /// <param name="firstAccelMetersPerSecondSquared">An accelerometer sample, m/s², ideally taken while still.</param>
    /// <returns>The aligned state, with zero bias and a fresh settling phase; <c>default</c> if the sample has no direction.</returns>
    public static AttitudeState Initial(Vector3 firstAccelMetersPerSecondSquared)
    {
        var a = firstAccelMetersPerSecondSquared;
        var n2 = a.LengthSquared();
        if (!(n2 > MinDirectionMagnitudeSquared && n2 <= MaxAccelerationSquared))
        {
            return default;
        }

        // Shortest rotation taking the measured up onto earth z; upside down has no unique one, so turn about x.
        var n = MathF.Sqrt(n2);
        var up = a / n;
        var orientation = up.Z < -0.9999f
            ? new Quaternion(1f, 0f, 0f, 0f)
            : Quaternion.Normalize(new Quaternion(up.Y, -up.X, 0f, 1f + up.Z));
        return new AttitudeState(orientation, Vector3.Zero, new Vector3(0f, 0f, n), 0f, 0f, 1f);
    }

    /// <summary>Advances the filter by one sample.</summary>
    /// <param name="state">The state after the previous sample (<c>default</c> to align with this one).</param>
    /// <param name="gyroRadPerSec">Angular rate, rad/s, sensor frame; a non-finite rate or one above 100 rad/s is not integrated.</param>
    /// <param name="accelMetersPerSecondSquared">Specific force, m/s², sensor frame, gravity included; a non-finite sample or one above 1000 m/s² corrects nothing.</param>
    /// <param name="dtSeconds">Time since the previous sample, s; dt ≤ 0 or NaN leaves the state unchanged, dt above
    /// <see cref="AttitudeSettings.MaxStepSeconds"/> is a gap.</param>
    /// <param name="settings">Filter settings.</param>
    /// <returns>The state after this sample.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static AttitudeState Step(
        in AttitudeState state,
        Vector3 gyroRadPerSec,
        Vector3 accelMetersPerSecondSquared,
        float dtSeconds,
        AttitudeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        // Align a fresh state with its first usable accelerometer sample.
        if (!state.IsAligned)
        {
            return Initial(accelMetersPerSecondSquared);
        }

        // A repeated or reversed timestamp carries no time to integrate.
        if (!(dtSeconds > 0f))
        {
            return state;
        }

        var q = state.Orientation;
        var bias = state.GyroBias;
        var mean = state.MeanEarthForce;
        var still = state.StillSeconds;
        var settled = state.SettlingElapsedSeconds;
        var dt = dtSeconds;

        // Over a gap the motion is unknown: integrate at most one max step, then re-settle from the accelerometer.
        var gap = dt > settings.MaxStepSeconds;
        if (gap)
        {
            dt = settings.MaxStepSeconds;
            settled = 0f;
            still = 0f;
        }

        // Propagate with the exact exponential of the bias-corrected body rate (one comparison also rejects NaN and ∞).
        var gyroUsable = gyroRadPerSec.LengthSquared() <= MaxRateSquared;
        var omega = gyroRadPerSec - bias;
        if (gyroUsable)
        {
            q = Integrate(q, omega, dt);
        }

        var a = accelMetersPerSecondSquared;
        var period = settings.SettlingPeriodSeconds;
        var settling = settled < period;
        var nextSettled = MathF.Min(settled + dt, period);

        // Without a plausible accelerometer sample there is nothing to correct with.
        var n2 = a.LengthSquared();
        if (!(n2 <= MaxAccelerationSquared))
        {
            return new AttitudeState(Quaternion.Normalize(q), bias, mean, 0f, nextSettled, 0f);
        }

        // Average every sample in the earth frame, free fall and shocks included: weighting or dropping samples
        // breaks the zero-mean argument (weighting by |‖a‖ − g| cost 14–60° RMSE on BROAD trial 16).
        var f = Rotate(q, a);
        mean = gap ? f : mean + ((f - mean) * (dt / (settings.MeanForceTimeConstantSeconds + dt)));

        // Weight this sample by how well its magnitude and direction agree with gravity; trust it fully while settling.
        var n = MathF.Sqrt(n2);
        var deviation = n - settings.GravityMetersPerSecondSquared;
        var weight = 0f;
        var cx = 0f;
        var cy = 0f;
        if (n2 > MinDirectionMagnitudeSquared)
        {
            var inverseN = 1f / n;
            var magnitudeWeight = MathF.Max(0f, 1f - (deviation * deviation * settings.InverseRejectionMagnitudeSquared));
            var sin2 = ((f.X * f.X) + (f.Y * f.Y)) * (inverseN * inverseN);
            var angleWeight = settling ? 1f
                : f.Z > 0f ? MathF.Max(0f, 1f - (sin2 * settings.InverseSinSquaredRejection))
                : 0f;
            weight = magnitudeWeight * angleWeight;
            var gain = settling ? MathF.Max(settings.Gain, settings.SettlingGain * (1f - (settled / period))) : settings.Gain;

            // Correction angle ≈ gain·dt·sinθ, about f × z; capped at one whole error per step for coarse rates.
            var k = MathF.Min(1f, gain * dt) * weight * inverseN;
            cx = k * f.Y;
            cy = -k * f.X;
        }

        // Pull towards the mean force as well; this path has no rejection and no timeout.
        var m2 = mean.LengthSquared();
        if (m2 > MinDirectionMagnitudeSquared)
        {
            var km = MathF.Min(1f, settings.MeanForceGain * dt) / MathF.Sqrt(m2);
            cx += km * mean.Y;
            cy -= km * mean.X;
        }

        // Tilt the estimate about the horizontal earth axis, and the mean by exactly the same rotation, so the mean keeps
        // measuring the remaining error (a first-order rotation of the mean left 7° of false error after a gap).
        // The correction p = (½cx, ½cy, 0, 1) is applied unnormalised (q is renormalised below); the mean is rotated by
        // p·v·p*/|p|², the same rotation.
        var hx = 0.5f * cx;
        var hy = 0.5f * cy;
        q = new Quaternion(hx, hy, 0f, 1f) * q;
        var twoOverNorm2 = 2f / (1f + (hx * hx) + (hy * hy));
        var t = twoOverNorm2 * new Vector3(hy * mean.Z, -hx * mean.Z, (hx * mean.Y) - (hy * mean.X));
        mean += t + new Vector3(hy * t.Z, -hx * t.Z, (hx * t.Y) - (hy * t.X));

        // Learn the gyro bias only while still, when the gyro reads nothing but its bias.
        var rate = settings.StillRateRadiansPerSecond;
        var tolerance = settings.StillAccelerationToleranceMetersPerSecondSquared;
        if (gyroUsable && omega.LengthSquared() < rate * rate && deviation * deviation < tolerance * tolerance)
        {
            still += dt;
            if (settings.EstimateGyroBias && still >= settings.StillPeriodSeconds)
            {
                bias += (gyroRadPerSec - bias) * (dt / (settings.BiasTimeConstantSeconds + dt));
            }
        }
        else
        {
            still = 0f;
        }

        return new AttitudeState(Quaternion.Normalize(q), bias, mean, still, nextSettled, weight);
    }

    /// <summary>q ⊗ exp(½·ω·dt): exact for a rate that is constant over the step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Quaternion Integrate(Quaternion q, Vector3 omega, float dt)
    {
        var half = omega * (0.5f * dt);
        var t2 = half.LengthSquared();
        float cos;
        float sinc;
        if (t2 < SeriesHalfAngleSquared)
        {
            cos = 1f - (t2 * 0.5f) + (t2 * t2 * (1f / 24f));
            sinc = 1f - (t2 * (1f / 6f)) + (t2 * t2 * (1f / 120f));
        }
        else
        {
            var t = MathF.Sqrt(t2);
            (var sin, cos) = MathF.SinCos(t);
            sinc = sin / t;
        }

        return q * new Quaternion(half * sinc, cos);
    }

    /// <summary>R(q)·v for a unit quaternion.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector3 Rotate(Quaternion q, Vector3 v)
    {
        var u = new Vector3(q.X, q.Y, q.Z);
        var t = 2f * Vector3.Cross(u, v);
        return v + (q.W * t) + Vector3.Cross(u, t);
    }
}
