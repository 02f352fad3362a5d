using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Alignment;

/// <summary>
/// Places each sample on its own sensor's timeline. The two sensors interleave and each has its own rate, jitter
/// and gaps (DESIGN.md section 5), so every later stage works from per-sensor sample time differences and never
/// assumes a fixed rate.
/// </summary>
internal static class SampleAligner
{
    /// <summary>Advances the aligner by one sample.</summary>
    /// <param name="state">The state after the previous sample.</param>
    /// <param name="sample">The next sample, in arrival order.</param>
    /// <param name="settings">The alignment settings.</param>
    /// <returns>The new state; <see cref="AlignmentState.HasCurrent"/> tells whether the sample was kept.</returns>
    internal static AlignmentState Step(AlignmentState state, in ImuSample sample, AlignmentSettings settings)
    {
        var seen = state.TryGetLastTime(sample.Sensor, out var last);

        // Drop a sample that goes back in its own sensor's time: it cannot be placed without rewriting the past.
        if (seen && sample.Time < last)
        {
            return state with { HasCurrent = false, DroppedCount = state.DroppedCount + 1 };
        }

        // A sensor's first sample, or one after a gap, starts a fresh stretch with nothing to integrate over.
        var interval = seen ? sample.Time - last : TimeSpan.Zero;
        var followsGap = !seen || interval > settings.GapThreshold;
        var current = new AlignedSample(sample, followsGap ? 0.0 : interval.TotalSeconds, followsGap);

        return sample.Sensor == SensorRole.Roller
            ? state with { LastRollerTime = sample.Time, SeenRoller = true, Current = current, HasCurrent = true }
            : state with { LastBodyTime = sample.Time, SeenBody = true, Current = current, HasCurrent = true };
    }
}
