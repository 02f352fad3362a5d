using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Alerts;

/// <summary>
/// The too-fast rule of DESIGN.md section 3: an episode starts when the moving average of |v| rises above the
/// raise threshold and ends when it falls below the clear threshold (hysteresis, so a speed hovering at the
/// threshold does not nag). Each episode gets one alert, at the sample that started it, or, when an alert was
/// given less than the minimum interval before, at the first sample of the same episode once that interval has
/// passed. The average is over sample time, so rate, jitter and gaps do not bias it.
/// </summary>
internal static class TooFastRule
{
    /// <summary>Advances the rule by one roller motion.</summary>
    /// <param name="state">The state after the previous motion.</param>
    /// <param name="motion">The next roller motion; times never decrease.</param>
    /// <param name="settings">The too-fast settings.</param>
    /// <returns>The new state; <see cref="TooFastState.Raised"/> tells whether this sample raised an alert.</returns>
    internal static TooFastState Step(TooFastState state, in RollerMotion motion, TooFastSettings settings)
    {
        var time = motion.Time;
        var seconds = time.TotalSeconds;
        var interval = state.Started ? (time - state.LastTime).TotalSeconds : 0.0;
        var dt = interval > settings.GapSeconds ? 0.0 : interval;

        // Move the window to this sample's bucket, emptying the buckets it passes.
        var bucket = time.Ticks / settings.BucketTicks;
        var window = state.Window;
        var advance = state.Started ? Math.Min(bucket - state.Bucket, TooFastWindow.BucketCount) : TooFastWindow.BucketCount;
        for (var k = 1L; k <= advance; k++)
        {
            window[Slot(state.Bucket + k)] = default;
        }

        var newest = Math.Max(bucket, state.Bucket);
        var slot = Slot(newest);
        var current = window[slot];
        window[slot] = new TooFastBucket(current.Distance + (motion.TraverseSpeedMetersPerSecond * dt), current.Seconds + dt);

        var average = Average(window, newest, seconds + dt, settings.BucketSeconds);
        var next = state with
        {
            Window = window,
            Bucket = newest,
            Started = true,
            LastTime = time,
            AverageMetersPerSecond = average,
            Raised = false,
        };

        // Above the raise threshold: a new episode that wants an alert.
        if (!state.InEpisode && average > settings.RaiseAboveMetersPerSecond)
        {
            next = next with { InEpisode = true, Pending = true };
        }
        else if (state.InEpisode && average < settings.ClearBelowMetersPerSecond)
        {
            // Below the clear threshold: the episode is over, alerted or not.
            return next with { InEpisode = false, Pending = false };
        }

        // An episode not yet alerted: alert unless the last alert is too recent.
        var allowed = !state.HasAlerted || time - state.LastAlertTime >= settings.MinAlertInterval;
        return next.Pending && allowed
            ? next with { Pending = false, HasAlerted = true, LastAlertTime = time, Raised = true }
            : next;
    }

    // Σ∫|v|dt ÷ Σt over the window: the buckets of its tenths, and the share of the oldest bucket still inside it.
    // A sample stands for the interval that ends at it, so bucket b covers [b·w − dt, (b + 1)·w − dt) and the share

    private static double Average(in TooFastWindow window, long newest, double seconds, double bucketSeconds)
    {
        // Walk the ring backwards from the newest slot without a division per bucket.
        var slot = Slot(newest);
        var distance = 0.0;
        var covered = 0.0;
        for (var k = 0; k < TooFastWindow.BucketsPerWindow; k++)
        {
            var bucket = window[slot];
            distance += bucket.Distance;
            covered += bucket.Seconds;
            slot = slot == 0 ? TooFastWindow.BucketCount - 1 : slot - 1;
        }

        var oldest = window[slot];
        var share = Math.Clamp((((newest + 1) * bucketSeconds) - seconds) / bucketSeconds, 0.0, 1.0);
        distance += oldest.Distance * share;
        covered += oldest.Seconds * share;
        return covered > 0 ? distance / covered : 0.0;
    }

    private static int Slot(long bucket) => (int)(((bucket % TooFastWindow.BucketCount) + TooFastWindow.BucketCount) % TooFastWindow.BucketCount);
}
