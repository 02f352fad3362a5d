namespace BackCareRoller.Protocol.Reassembly;

/// <summary>Default values of <see cref="ReassemblySettings"/>, with the reason for each.</summary>
internal static class ReassemblyDefaults
{
    /// <summary>
    /// One clock point per 4 s of device time, the lowest-latency packet of that span: BLE latency is one-sided
    /// (a packet is never early), so the minimum of 80–200 packets sits near the link's floor.
    /// </summary>
    public static readonly TimeSpan ClockBucket = TimeSpan.FromSeconds(4);

    /// <summary>
    /// 150 points × 4 s = a 10-minute window. The link's floor is only reached in the troughs of the connection-interval
    /// sawtooth (every 50 s at 100 ppm, every 170 s at 30 ppm), and the lower envelope needs two troughs to show the
    /// true slope. A 5-minute window left 5 ms errors at 30 ppm in the simulated-link tests; 10 minutes left 1 ms.
    /// </summary>
    public const int ClockWindowPoints = 150;

    /// <summary>3 points (12 s) before a slope is fitted; until then the offset alone is used (drift over 12 s is 1.2 ms at 100 ppm).</summary>
    public const int ClockMinPointsForSlope = 3;

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
