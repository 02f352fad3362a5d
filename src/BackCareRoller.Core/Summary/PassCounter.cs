namespace BackCareRoller.Core.Summary;

/// <summary>
/// Counts passes: one-way strokes of the contact point that travel at least the minimum distance. A zig-zag filter:
/// turning back by less than the minimum is jitter or slip and does not end the stroke.
/// </summary>
internal static class PassCounter
{
    /// <summary>Advances the counter by one contact position.</summary>
    /// <param name="state">The previous state (<c>default</c> to start).</param>
    /// <param name="positionMeters">Signed contact position along the body, from integrating the traverse speed.</param>
    /// <param name="minimumTravelMeters">Least one-way travel that counts as a pass.</param>
    /// <returns>The next state.</returns>
    internal static PassCounterState Step(PassCounterState state, double positionMeters, double minimumTravelMeters)
    {
        // The first position is where the first stroke may start.
        if (!state.Started)
        {
            return state with { Started = true, Low = positionMeters, High = positionMeters, Extreme = positionMeters };
        }

        // No direction yet: the first pass is confirmed once the contact is the minimum travel from either end of what it covered.
        if (state.Direction == 0)
        {
            var low = Math.Min(state.Low, positionMeters);
            var high = Math.Max(state.High, positionMeters);
            if (positionMeters - low >= minimumTravelMeters)
            {
                return state with { Direction = 1, Low = low, High = high, Extreme = positionMeters, Passes = 1 };
            }

            if (high - positionMeters >= minimumTravelMeters)
            {
                return state with { Direction = -1, Low = low, High = high, Extreme = positionMeters, Passes = 1 };
            }

            return state with { Low = low, High = high };
        }

        // Moving on in the current direction lengthens the stroke.
        if ((positionMeters - state.Extreme) * state.Direction > 0)
        {
            return state with { Extreme = positionMeters };
        }

        // Turning back by the minimum travel is a reversal: a new pass started at the turning point.
        if ((state.Extreme - positionMeters) * state.Direction >= minimumTravelMeters)
        {
            return state with { Direction = -state.Direction, Extreme = positionMeters, Passes = state.Passes + 1 };
        }

        return state;
    }
}
