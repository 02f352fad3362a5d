namespace BackCareRoller.Core.Zones;

/// <summary>The alert bookkeeping of one forbidden zone (lumbar or neck).</summary>
/// <param name="Inside">Whether the estimate was inside the zone at the last step.</param>
/// <param name="EnteredAt">When the current stay began; meaningful while <paramref name="Inside"/>.</param>
/// <param name="HasAlerted">Whether an alert of this kind was ever raised.</param>
/// <param name="LastAlertAt">When the last alert of this kind was raised; meaningful when <paramref name="HasAlerted"/>.</param>
internal readonly record struct ForbiddenZoneWatch(bool Inside, TimeSpan EnteredAt, bool HasAlerted, TimeSpan LastAlertAt)
{
    /// <summary>Advances the watch to <paramref name="time"/>.</summary>
    /// <param name="time">Offset of the current sample.</param>
    /// <param name="inside">Whether the estimate is inside the zone now.</param>
    /// <param name="settings">Dwell and repeat limits.</param>
    /// <param name="raised">True when an alert is due at this sample.</param>
    /// <returns>The next watch.</returns>
    public ForbiddenZoneWatch Step(TimeSpan time, bool inside, ZoneAlertSettings settings, out bool raised)
    {
        raised = false;

        // Outside: forget the stay; the repeat limit still remembers the last alert.
        if (!inside)
        {
            return this with { Inside = false };
        }

        // A new stay starts its dwell timer.
        var enteredAt = Inside ? EnteredAt : time;
        if (time - enteredAt < settings.Dwell)
        {
            return this with { Inside = true, EnteredAt = enteredAt };
        }

        // Dwell done: alert unless one of this kind went out less than the repeat interval ago.
        if (HasAlerted && time - LastAlertAt < settings.RepeatInterval)
        {
            return this with { Inside = true, EnteredAt = enteredAt };
        }

        raised = true;
        return new ForbiddenZoneWatch(true, enteredAt, true, time);
    }
}
