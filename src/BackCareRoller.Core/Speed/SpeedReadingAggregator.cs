namespace BackCareRoller.Core.Speed;

/// <summary>
/// Turns per-sample roller motion into readings at a fixed rate of session time (10 Hz, DESIGN.md section 6).
/// Reading k, at time k·period, is the magnitude of a least-squares quadratic fitted to the signed speeds within a
/// half-window of its time and evaluated there: centred, so it has no lag against the true ω·r at that instant; a
/// fit, so the gyro noise shrinks with the number of samples while the turn at the end of a pass and the tremor of
/// a held position keep their shape. Readings that a gap in the roller's data left without samples are interpolated
/// between the speeds on either side: lost packets rarely mean the roller stopped.
/// </summary>
/// <remarks>
/// Two pure steps per motion: <see cref="TryClose"/>, repeated while it emits, closes the readings whose window the
/// motion has passed; then <see cref="Add"/> adds the motion to the readings it falls into. The half-window never
/// exceeds the period, so a motion falls into at most two open readings.
/// </remarks>
internal static class SpeedReadingAggregator
{
    /// <summary>Closes the oldest open reading if <paramref name="motion"/> lies past its window.</summary>
    /// <param name="state">The state before the motion.</param>
    /// <param name="motion">The next roller motion; times never decrease.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <param name="reading">The closed reading.</param>
    /// <param name="next">The state after closing it.</param>
    /// <returns>True when a reading was closed; call again until false, then <see cref="Add"/>.</returns>
    internal static bool TryClose(
        SpeedReadingState state,
        in RollerMotion motion,
        SpeedReadingSettings settings,
        out SpeedReading reading,
        out SpeedReadingState next)
    {
        var time = TimeOf(state.Next, settings.Period);
        var halfWidth = state.Oldest.Count > 0 ? state.Oldest.HalfWidthSeconds : HalfWidth(state, settings);

        // Nothing open, or the motion still falls inside the oldest reading's window.
        if (!state.Started || (motion.Time - time).TotalSeconds < halfWidth)
        {
            reading = default;
            next = state;
            return false;
        }

        // No sample reached this reading (a gap): interpolate from the last reading to this motion.
        var signed = state.Oldest.Count > 0 ? state.Oldest.Value() : Interpolate(state, time, motion);
        reading = new SpeedReading(time, Magnitude(signed, settings));
        next = state with
        {
            Next = state.Next + 1,
            Oldest = state.Newer,
            Newer = default,
            HasEmitted = true,
            LastEmittedTime = time,
            LastEmittedSigned = signed,
        };
        return true;
    }

    /// <summary>Adds <paramref name="motion"/> to the open readings whose window holds it.</summary>
    /// <param name="state">The state after closing the readings the motion has passed.</param>
    /// <param name="motion">The roller motion.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <returns>The new state.</returns>
    internal static SpeedReadingState Add(SpeedReadingState state, in RollerMotion motion, SpeedReadingSettings settings)
    {
        // First motion: the first reading is the one nearest to it.
        if (!state.Started)
        {
            var first = (long)Math.Round(motion.Time.Ticks / (double)settings.Period.Ticks, MidpointRounding.AwayFromZero);
            state = state with { Started = true, Next = first, LastTime = motion.Time };
        }

        // Follow the sample rate from the intervals, gaps left out.
        var interval = (motion.Time - state.LastTime).TotalSeconds;
        var mean = interval <= 0 || interval > settings.GapSeconds
            ? state.MeanIntervalSeconds
            : state.MeanIntervalSeconds == 0 ? interval : state.MeanIntervalSeconds + ((interval - state.MeanIntervalSeconds) * 0.05);
        state = state with { LastTime = motion.Time, MeanIntervalSeconds = mean };

        var signed = Math.CopySign(motion.TraverseSpeedMetersPerSecond, motion.AxisRateRadiansPerSecond);
        var halfWidth = HalfWidth(state, settings);
        return state with
        {
            Oldest = AddTo(state.Oldest, state.Next, motion.Time, signed, halfWidth, settings),
            Newer = AddTo(state.Newer, state.Next + 1, motion.Time, signed, halfWidth, settings),
        };
    }

    /// <summary>At the end of the stream: emits the next open reading that holds samples and is not after the last one.</summary>
    /// <param name="state">The state after the last motion.</param>
    /// <param name="settings">The speed-reading settings.</param>
    /// <param name="reading">The reading.</param>
    /// <param name="next">The state after it.</param>
    /// <returns>True when a reading was emitted; call again until false.</returns>
    internal static bool TryFlush(SpeedReadingState state, SpeedReadingSettings settings, out SpeedReading reading, out SpeedReadingState next)
    {
        // Skip an empty oldest reading when a newer one has samples; stop when neither has.
        var current = state.Oldest.Count == 0 && state.Newer.Count > 0
            ? state with { Next = state.Next + 1, Oldest = state.Newer, Newer = default }
            : state;
        if (!current.Started || current.Oldest.Count == 0 || TimeOf(current.Next, settings.Period) > current.LastTime)
        {
            reading = default;
            next = current;
            return false;
        }

        var signed = current.Oldest.Value();
        reading = new SpeedReading(TimeOf(current.Next, settings.Period), Magnitude(signed, settings));
        next = current with { Next = current.Next + 1, Oldest = current.Newer, Newer = default, HasEmitted = true, LastEmittedTime = reading.Time, LastEmittedSigned = signed };
        return true;
    }

    /// <summary>The time of reading <paramref name="index"/>.</summary>
    internal static TimeSpan TimeOf(long index, TimeSpan period) => TimeSpan.FromTicks(index * period.Ticks);

    // Half-window: the minimum, widened at low sample rates, never above the period.
    private static double HalfWidth(in SpeedReadingState state, SpeedReadingSettings settings) =>
        Math.Min(settings.PeriodSeconds, Math.Max(settings.MinHalfWindowSeconds, settings.IntervalsPerHalfWindow * state.MeanIntervalSeconds));

    private static SpeedFit AddTo(SpeedFit fit, long index, TimeSpan time, double signed, double halfWidth, SpeedReadingSettings settings)
    {
        var width = fit.Count > 0 ? fit.HalfWidthSeconds : halfWidth;
        var x = (time - TimeOf(index, settings.Period)).TotalSeconds / width;
        if (x < -1 || x >= 1)
        {
            return fit;
        }

        return (fit.Count > 0 ? fit : new SpeedFit { HalfWidthSeconds = width }).Add(x, signed);
    }

    private static double Interpolate(in SpeedReadingState state, TimeSpan time, in RollerMotion motion)
    {
        var after = Math.CopySign(motion.TraverseSpeedMetersPerSecond, motion.AxisRateRadiansPerSecond);
        if (!state.HasEmitted)
        {
            return after;
        }

        var span = (motion.Time - state.LastEmittedTime).TotalSeconds;
        var share = span <= 0 ? 1.0 : Math.Clamp((time - state.LastEmittedTime).TotalSeconds / span, 0.0, 1.0);
        return state.LastEmittedSigned + ((after - state.LastEmittedSigned) * share);
    }

    // The magnitude of a signed speed, 0 inside the deadband.
    private static double Magnitude(double signed, SpeedReadingSettings settings)
    {
        var magnitude = Math.Abs(signed);
        return magnitude < settings.DeadbandMetersPerSecond ? 0.0 : magnitude;
    }
}
