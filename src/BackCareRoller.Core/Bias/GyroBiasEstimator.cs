using System.Numerics;
using BackCareRoller.Core.Alignment;

namespace BackCareRoller.Core.Bias;

/// <summary>
/// Learns the gyro bias whenever the sensor is still (DESIGN.md section 3), in the manner of Fusion's offset
/// estimator (xioTechnologies/Fusion, FusionBias.c) but with per-sample time differences, so it works across
/// 25–400 Hz, jitter and gaps. Until a first still stretch has been seen, stillness is judged against the mean
/// of the stretch itself, so a bias larger than the still threshold is still found.
/// </summary>
internal static class GyroBiasEstimator
{
    /// <summary>Advances the estimator by one sample.</summary>
    /// <param name="state">The state after the previous sample.</param>
    /// <param name="sample">The next sample of the one sensor this estimator follows.</param>
    /// <param name="settings">The bias settings.</param>
    /// <returns>The new state, with <see cref="GyroBiasState.Corrected"/> the bias-free rate.</returns>
    internal static GyroBiasState Step(GyroBiasState state, in AlignedSample sample, GyroBiasSettings settings)
    {
        var raw = sample.Sample.AngularVelocity;

        // Restart the smoothing and the still timer at the first sample and after a gap; keep what was learned.
        if (!state.Started || sample.FollowsGap)
        {
            return state with
            {
                Smoothed = raw,
                Candidate = raw,
                StillSeconds = 0,
                Started = true,
                Corrected = raw - state.Bias,
            };
        }

        var dt = sample.IntervalSeconds;
        var smoothed = state.Smoothed + ((raw - state.Smoothed) * (float)(dt / (settings.DetectionTimeConstantSeconds + dt)));
        var reference = state.HasBias ? state.Bias : state.Candidate;
        var still = (smoothed - reference).Length() < settings.StillThresholdRadiansPerSecond;

        // Moving: reset the still timer; before the first estimate, the next still stretch starts from here.
        if (!still)
        {
            return state with
            {
                Smoothed = smoothed,
                Candidate = state.HasBias ? state.Candidate : smoothed,
                StillSeconds = 0,
                Corrected = raw - state.Bias,
            };
        }

        var stillSeconds = state.StillSeconds + dt;
        var gain = (float)(dt / (settings.TimeConstantSeconds + dt));

        // No estimate yet: average the still stretch, and adopt it once the stretch is long enough.
        if (!state.HasBias)
        {
            var candidate = state.Candidate + ((raw - state.Candidate) * gain);
            var learned = stillSeconds >= settings.StillSeconds;
            var bias = learned ? candidate : state.Bias;
            return state with
            {
                Smoothed = smoothed,
                Candidate = candidate,
                StillSeconds = stillSeconds,
                HasBias = learned,
                Bias = bias,
                Corrected = raw - bias,
            };
        }

        // Still for long enough: low-pass the raw rate into the bias, which follows slow drift.
        var updated = stillSeconds >= settings.StillSeconds ? state.Bias + ((raw - state.Bias) * gain) : state.Bias;
        return state with
        {
            Smoothed = smoothed,
            StillSeconds = stillSeconds,
            Bias = updated,
            Corrected = raw - updated,
        };
    }
}
