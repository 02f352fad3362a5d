namespace BackCareRoller.Core.Zones;

/// <summary>Defaults of the lumbar and neck alert rule (DESIGN.md section 4).</summary>
internal static class ZoneAlertDefaults
{
    /// <summary>The estimated contact must stay in the zone 0.2 s before an alert (DESIGN.md section 4).</summary>
    public static readonly TimeSpan Dwell = TimeSpan.FromSeconds(0.2);

    /// <summary>At most one alert of a kind every 3 s (DESIGN.md section 4): warn, never nag.</summary>
    public static readonly TimeSpan RepeatInterval = TimeSpan.FromSeconds(3);
}
