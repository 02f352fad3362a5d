namespace BackCareRoller.Protocol.Reassembly;

/// <summary>Default values of <see cref="ReassemblySettings"/>, with the reason for each.</summary>
internal static class ReassemblyDefaults
{
    /// <summary>
    /// One clock point per 250 ms of device time, the lowest-latency packet of that span: BLE latency is one-sided
    /// (a packet is never early), so the minimum of 5–60 packets sits within a millisecond or two of the link's floor.
    /// </summary>
    public static readonly TimeSpan ClockBucket = TimeSpan.FromMilliseconds(250);

    /// <summary>240 points × 250 ms = a 60 s window: long enough to estimate drift to a few ppm, short enough to follow temperature.</summary>
    public const int ClockWindowPoints = 240;

    /// <summary>8 points (2 s) before a slope is fitted; until then the offset alone is used (drift over 2 s is ≤ 2 ms even at 1000 ppm).</summary>
    public const int ClockMinPointsForSlope = 8;

    /// <summary>A point 20 ms above the fit means the whole bucket was delayed (an OS or radio stall); it is left out.</summary>
    public static readonly TimeSpan ClockOutlierThreshold = TimeSpan.FromMilliseconds(20);

    /// <summary>8 outliers in a row (2 s) mean the offset really moved: the fit starts over.</summary>
    public const int ClockMaxConsecutiveOutliers = 8;

    /// <summary>Slopes beyond ±1000 ppm are clamped: BLE needs a ±50 ppm clock, so more means a degenerate window.</summary>
    public const double ClockMaxDriftPpm = 1000;

    /// <summary>
    /// A stream start whose device-clock step differs from the host's elapsed time by more than this (plus
    /// <see cref="ClockMaxDriftPpm"/> of it) is a device clock reset (reboot), not a pause.
    /// </summary>
    public static readonly TimeSpan StreamStartClockTolerance = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Mid-stream, a device-clock step this much larger than the host's elapsed time is a clock jump, not a delayed
    /// packet (BLE cannot hold a packet back this long without dropping the link).
    /// </summary>
    public static readonly TimeSpan MaxClockLead = TimeSpan.FromSeconds(5);
}
