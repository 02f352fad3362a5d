using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;
using MathNet.Numerics.LinearAlgebra;

namespace BackCareRoller.Core.RollAxis;

/// <summary>
/// Finds the roller's rate about its roll axis. A firmware roller reports +x as the axis (DESIGN.md section 2).
/// For an unknown mount the gyro vector while rolling is nearly parallel to the axis, so the axis is the dominant
/// eigenvector of the gyro scatter Σ ω ωᵀ dt over rolling samples: the direction that carries most of the rotation
/// energy, insensitive to the rolling direction. Only samples with someone on the roller feed it, since a lifted roller
/// turns about any axis. It is recomputed occasionally, never per sample, and its sign is kept consistent with the
/// previous estimate.
/// </summary>
internal static class RollAxisEstimator
{
    /// <summary>Advances the estimator by one bias-free roller sample.</summary>
    /// <param name="state">The state after the previous sample.</param>
    /// <param name="sample">The next roller sample, bias removed.</param>
    /// <param name="rolling">True when the sample may feed the axis estimate (someone is on the roller).</param>
    /// <param name="settings">The roll-axis settings.</param>
    /// <returns>The new state, with <see cref="RollAxisState.RateRadiansPerSecond"/> the rate about the axis.</returns>
    internal static RollAxisState Step(RollAxisState state, in AlignedSample sample, bool rolling, RollAxisSettings settings)
    {
        var rate = sample.Sample.AngularVelocity;

        // Firmware roller: the axis is +x by construction.
        if (settings.Mount == RollerMount.FirmwareAxis)
        {
            return state with { RateRadiansPerSecond = rate.X };
        }

        // Nobody rolling it, or not fast enough to say anything about the axis: project on what is known.
        var dt = sample.IntervalSeconds;
        if (!rolling || rate.Length() < settings.MinRateRadiansPerSecond || dt <= 0)
        {
            return state with { RateRadiansPerSecond = RateAbout(state, rate) };
        }

        // Rolling: add the sample to the fading scatter.
        var scatter = state.Scatter.Add(rate, dt, 1.0 - (dt / (settings.MemorySeconds + dt)));
        var rollingSeconds = state.RollingSeconds + dt;
        var sinceUpdate = state.SinceUpdateSeconds + dt;
        var due = state.HasAxis ? sinceUpdate >= settings.UpdateSeconds : rollingSeconds >= settings.FirstEstimateSeconds;
        var next = state with { Scatter = scatter, RollingSeconds = rollingSeconds, SinceUpdateSeconds = sinceUpdate };

        // Enough new rolling: re-estimate the axis, keeping the sign of the previous estimate.
        if (due)
        {
            var axis = DominantAxis(scatter);
            var reference = state.HasAxis ? state.Axis : LargestComponentPositive(axis);
            axis = Vector3.Dot(axis, reference) < 0 ? -axis : axis;
            next = next with { Axis = axis, HasAxis = true, SinceUpdateSeconds = 0 };
        }

        return next with { RateRadiansPerSecond = RateAbout(next, rate) };
    }

    /// <summary>The unit eigenvector of the largest eigenvalue of the scatter.</summary>
    internal static Vector3 DominantAxis(GyroScatter scatter)
    {
        var evd = Matrix<double>.Build.DenseOfArray(scatter.ToArray()).Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues;
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i].Real > values[best].Real)
            {
                best = i;
            }
        }

        var column = evd.EigenVectors.Column(best);
        return Vector3.Normalize(new Vector3((float)column[0], (float)column[1], (float)column[2]));
    }

    // The first estimate's sign is arbitrary; make it deterministic so equal inputs give equal outputs.
    private static Vector3 LargestComponentPositive(Vector3 axis)
    {
        var ax = Math.Abs(axis.X);
        var ay = Math.Abs(axis.Y);
        var az = Math.Abs(axis.Z);
        var largest = ax >= ay && ax >= az ? axis.X : ay >= az ? axis.Y : axis.Z;
        return largest < 0 ? -axis : axis;
    }

    // Before a first estimate the magnitude is the best guess of the speed; the direction is unknown.
    private static double RateAbout(in RollAxisState state, Vector3 rate) =>
        state.HasAxis ? Vector3.Dot(rate, state.Axis) : rate.Length();
}
