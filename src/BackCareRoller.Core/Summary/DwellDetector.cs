namespace BackCareRoller.Core.Summary;

/// <summary>
/// Finds dwells: stretches where the contact point stays within a few cm. A dwell counts only once the roller moves
/// on again, which proves the user was still on it; the first stillness of a session (setting up) never counts.
/// </summary>
internal static class DwellDetector
{
    /// <summary>Advances the detector by one roller sample.</summary>
    /// <param name="state">The previous state (<c>default</c> to start).</param>
    /// <param name="time">Time of the sample.</param>
    /// <param name="positionMeters">Signed contact position along the body.</param>
    /// <param name="spanMeters">Largest spread of positions within one dwell.</param>
    /// <returns>The next state; <see cref="DwellState.Ended"/> tells whether a dwell ended on this sample.</returns>
    internal static DwellState Step(DwellState state, TimeSpan time, double positionMeters, double spanMeters)
    {
        // The first sample opens a dwell that no movement preceded.
        if (!state.Started)
        {
            return new DwellState(true, time, time, positionMeters, positionMeters, false, false, default, default);
        }

        // Staying within the span lengthens the dwell.
        var low = Math.Min(state.Low, positionMeters);
        var high = Math.Max(state.High, positionMeters);
        if (high - low <= spanMeters)
        {
            return state with { Last = time, Low = low, High = high, Ended = false };
        }

        // Leaving the span ends the dwell at its last sample; a new one opens here, after movement.
        return new DwellState(
            true, time, time, positionMeters, positionMeters, true, state.FollowsMovement, state.Start, state.Last);
    }
}
