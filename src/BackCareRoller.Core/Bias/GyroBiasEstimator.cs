using System.Numerics;
using BackCareRoller.Core.Alignment;

namespace BackCareRoller.Core.Bias;

/// <summary>
/// Learns the gyro bias whenever the sensor is still (DESIGN.md section 3), in the manner of Fusion's offset
/// estimator (xioTechnologies/Fusion, FusionBias.c) but with per-sample time differences, so it works across
/// 25–400 Hz, jitter and gaps. Still samples are gathered in blocks of the still duration; a block is trusted, and
/// low-passed into the bias, only once the next block has been still too, so the first samples of a motion, taken
/// before the smoothed rate crosses the threshold, never leak into the bias. Until a first estimate exists,
/// stillness is judged against the mean of the still stretch itself, so a bias larger than the threshold is found.
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

        // Restart the smoothing and the blocks at the first sample and after a gap; keep what was learned.
        if (!state.Started || sample.FollowsGap)
        {
            return Moving(state with { Started = true, Smoothed = raw, Candidate = raw }, raw);
        }

        var dt = sample.IntervalSeconds;
        var smoothed = state.Smoothed + ((raw - state.Smoothed) * (float)(dt / (settings.DetectionTimeConstantSeconds + dt)));
        var reference = state.HasBias ? state.Bias : state.Candidate;

        // Moving (or, before a first estimate, turning too fast to be bias): forget the blocks not yet trusted;
        // before the first estimate, the next still stretch starts here.
        if ((smoothed - reference).Length() >= settings.StillThresholdRadiansPerSecond
            || (!state.HasBias && smoothed.Length() > settings.MaxInitialBiasRadiansPerSecond))
        {
            return Moving(state with { Smoothed = smoothed, Candidate = state.HasBias ? state.Candidate : smoothed }, raw);
        }

        // Still: add the sample to the block (and, before a first estimate, to the stretch's mean).
        var candidate = state.HasBias
            ? state.Candidate
            : state.Candidate + ((raw - state.Candidate) * (float)(dt / (settings.TimeConstantSeconds + dt)));
        var next = state with
        {
            Smoothed = smoothed,
            Candidate = candidate,
            StillSeconds = state.StillSeconds + dt,
            BlockSum = state.BlockSum + (raw * (float)dt),
            BlockSeconds = state.BlockSeconds + dt,
        };

        // Block not complete yet: nothing new to trust.
        if (next.BlockSeconds < settings.StillSeconds || next.BlockSeconds <= 0)
        {
            return next with { Corrected = raw - next.Bias };
        }

        // Block complete: the pending block is now followed by stillness, so it goes into the bias; this one waits.
        var bias = next.Bias;
        var hasBias = next.HasBias;
        if (next.PendingSeconds > 0)
        {
            var gain = (float)(next.PendingSeconds / (settings.TimeConstantSeconds + next.PendingSeconds));
            bias = hasBias ? bias + ((next.Pending - bias) * gain) : next.Pending;
            hasBias = true;
        }

        return next with
        {
            Bias = bias,
            HasBias = hasBias,
            Pending = next.BlockSum / (float)next.BlockSeconds,
            PendingSeconds = next.BlockSeconds,
            BlockSum = Vector3.Zero,
            BlockSeconds = 0,
            Corrected = raw - bias,
        };
    }

    private static GyroBiasState Moving(GyroBiasState state, Vector3 raw) => state with
    {
        StillSeconds = 0,
        BlockSum = Vector3.Zero,
        BlockSeconds = 0,
        Pending = Vector3.Zero,
        PendingSeconds = 0,
        Corrected = raw - state.Bias,
    };
}
