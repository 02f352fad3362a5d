namespace BackCareRoller.Core.Zones;

/// <summary>The lumbar and neck alert rule of DESIGN.md section 4: dwell before the first alert, then a repeat limit.</summary>
public sealed record ZoneAlertSettings
{
    /// <summary>How long the estimated contact must stay in a forbidden zone before the alert.</summary>
    /// <value>Default 0.2 s (DESIGN.md section 4); 0–5 s.</value>
    public TimeSpan Dwell { get; init; } = ZoneAlertDefaults.Dwell;

    /// <summary>Shortest time between two alerts of the same kind.</summary>
    /// <value>Default 3 s (DESIGN.md section 4); 0.5–600 s.</value>
    public TimeSpan RepeatInterval { get; init; } = ZoneAlertDefaults.RepeatInterval;

    /// <summary>Checks every value against its documented range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public void Validate()
    {
        if (Dwell < TimeSpan.Zero || Dwell > TimeSpan.FromSeconds(5))
        {
            throw new ArgumentOutOfRangeException(nameof(Dwell), Dwell, "Dwell must be between 0 and 5 s.");
        }

        if (RepeatInterval < TimeSpan.FromSeconds(0.5) || RepeatInterval > TimeSpan.FromSeconds(600))
        {
            throw new ArgumentOutOfRangeException(nameof(RepeatInterval), RepeatInterval, "RepeatInterval must be between 0.5 and 600 s.");
        }
    }
}
