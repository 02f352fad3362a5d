namespace BackCareRoller.Core.Speed;

/// <summary>
/// Turns per-sample roller motion into readings at a fixed rate of session time (10 Hz, DESIGN.md section 6).
/// Reading k, at time k·period, is the magnitude of the mean signed speed of the samples in
/// [k·period − period/2, k·period + period/2): centred on its time, so it has no lag against the true ω·r at that
/// instant, and a mean, so the gyro noise shrinks with the number of samples.
/// </summary>
internal static class SpeedReadingAggregator
{
    /// <summary>Advances the aggregator by one roller motion.</summary>
    /// <param name="state">The state after the previous motion.</param>
    /// <param name="motion">The next roller motion; times never decrease.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <returns>The new state; <see cref="SpeedReadingState.HasClosed"/> tells whether readings are due.</returns>
    internal static SpeedReadingState Step(SpeedReadingState state, in RollerMotion motion, SpeedReadingSettings settings)
    {
        var index = IndexOf(motion.Time, settings.Period);
        var signed = Math.CopySign(motion.TraverseSpeedMetersPerSecond, motion.AxisRateRadiansPerSecond);

        // Same reading as before (or a first sample): gather.
        if (!state.Started || index <= state.Index)
        {
            return state.Started
                ? state with { Sum = state.Sum + signed, Count = state.Count + 1, HasClosed = false, EmptyCount = 0 }
                : new SpeedReadingState(true, index, signed, 1, false, default, 0);
        }

        // A later reading: close the one gathered, count the empty ones in between, start the next.
        return new SpeedReadingState(true, index, signed, 1, true, Close(state, settings), index - state.Index - 1);
    }

    /// <summary>The reading gathered so far, for the end of the stream.</summary>
    internal static SpeedReading Close(in SpeedReadingState state, SpeedReadingSettings settings)
    {
        var mean = state.Count == 0 ? 0.0 : Math.Abs(state.Sum / state.Count);
        return new SpeedReading(TimeOf(state.Index, settings.Period), mean < settings.DeadbandMetersPerSecond ? 0.0 : mean);
    }

    /// <summary>The time of reading <paramref name="index"/>.</summary>
    internal static TimeSpan TimeOf(long index, TimeSpan period) => TimeSpan.FromTicks(index * period.Ticks);

    // Round to the nearest reading time: reading k owns [k·p − p/2, k·p + p/2).
    private static long IndexOf(TimeSpan time, TimeSpan period) =>
        (long)Math.Floor((time.Ticks + (period.Ticks / 2.0)) / period.Ticks);
}
