namespace BackCareRoller.Core.Speed;

/// <summary>
/// Turns per-sample roller motion into readings at a fixed rate of session time (10 Hz, DESIGN.md section 6).
/// Reading k, at time k·period, is the magnitude of the mean signed speed of the samples in
/// [k·period − period/2, k·period + period/2): centred on its time, so it has no lag against the true ω·r at that
/// instant, and a mean, so the gyro noise shrinks with the number of samples. Readings that a gap in the roller's
/// data left without samples are interpolated between the speeds on either side: lost packets rarely mean the
/// roller stopped.
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
                : new SpeedReadingState(true, index, signed, 1, false, default, 0, 0, motion.Time);
        }

        // A later reading: close the one gathered, count the empty ones in between, start the next.
        var closedMean = state.Count == 0 ? 0.0 : state.Sum / state.Count;
        var closed = new SpeedReading(TimeOf(state.Index, settings.Period), Reading(closedMean, settings));
        return new SpeedReadingState(true, index, signed, 1, true, closed, index - state.Index - 1, closedMean, motion.Time);
    }

    /// <summary>The reading gathered so far, for the end of the stream.</summary>
    internal static SpeedReading Close(in SpeedReadingState state, SpeedReadingSettings settings) =>
        new(TimeOf(state.Index, settings.Period), Reading(state.Count == 0 ? 0.0 : state.Sum / state.Count, settings));

    /// <summary>
    /// The <paramref name="k"/>-th (from 1) reading of a gap after <see cref="SpeedReadingState.Closed"/>: the signed
    /// speed interpolated between the closed reading and the first sample after the gap.
    /// </summary>
    internal static SpeedReading Empty(in SpeedReadingState state, long k, SpeedReadingSettings settings)
    {
        var time = state.Closed.Time + (k * settings.Period);
        var span = (state.FirstTime - state.Closed.Time).TotalSeconds;
        var share = span <= 0 ? 1.0 : Math.Clamp((time - state.Closed.Time).TotalSeconds / span, 0.0, 1.0);
        var after = state.Sum / state.Count;
        return new SpeedReading(time, Reading(state.ClosedSignedMean + ((after - state.ClosedSignedMean) * share), settings));
    }

    // The magnitude of a signed mean, 0 inside the deadband.
    private static double Reading(double signedMean, SpeedReadingSettings settings)
    {
        var magnitude = Math.Abs(signedMean);
        return magnitude < settings.DeadbandMetersPerSecond ? 0.0 : magnitude;
    }

    /// <summary>The time of reading <paramref name="index"/>.</summary>
    internal static TimeSpan TimeOf(long index, TimeSpan period) => TimeSpan.FromTicks(index * period.Ticks);

    // Round to the nearest reading time: reading k owns [k·p − p/2, k·p + p/2).
    private static long IndexOf(TimeSpan time, TimeSpan period) =>
        (long)Math.Floor((time.Ticks + (period.Ticks / 2.0)) / period.Ticks);
}
