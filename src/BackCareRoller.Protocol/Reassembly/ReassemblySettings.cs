namespace BackCareRoller.Protocol.Reassembly;

/// <summary>Tuning of <see cref="ImuStreamReassembler"/>; the defaults suit BLE connection intervals of 7.5–50 ms.</summary>
public sealed record ReassemblySettings
{
    /// <summary>Gets the span of device time whose lowest-latency packet becomes one clock point.</summary>
    /// <value>Default 4 s; 10 ms to 10 s.</value>
    public TimeSpan ClockBucket { get; init; } = ReassemblyDefaults.ClockBucket;

    /// <summary>Gets the number of clock points in the sliding window (the ring buffer allocated once per device).</summary>
    /// <value>Default 150 (10 minutes of 4 s buckets); 2 to 4096.</value>
    public int ClockWindowPoints { get; init; } = ReassemblyDefaults.ClockWindowPoints;

    /// <summary>Gets the number of clock points before a drift slope is fitted.</summary>
    /// <value>Default 3; 2 to <see cref="ClockWindowPoints"/>.</value>
    public int ClockMinPointsForSlope { get; init; } = ReassemblyDefaults.ClockMinPointsForSlope;

    /// <summary>Gets the largest drift, in ppm, the fitted slope may express.</summary>
    /// <value>Default 1000; above zero, below 100000.</value>
    public double ClockMaxDriftPpm { get; init; } = ReassemblyDefaults.ClockMaxDriftPpm;

    /// <summary>Gets the allowed disagreement between device and host time across a stream restart before it counts as a device clock reset.</summary>
    /// <value>Default 1 s; above zero.</value>
    public TimeSpan StreamStartClockTolerance { get; init; } = ReassemblyDefaults.StreamStartClockTolerance;

    /// <summary>Gets how far the device clock may run ahead of host time between two packets before it counts as a clock jump.</summary>
    /// <value>Default 5 s; above zero.</value>
    public TimeSpan MaxClockLead { get; init; } = ReassemblyDefaults.MaxClockLead;

    /// <summary>Throws if a value is out of its documented range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ClockBucket, TimeSpan.FromMilliseconds(10), nameof(ClockBucket));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ClockBucket, TimeSpan.FromSeconds(10), nameof(ClockBucket));
        ArgumentOutOfRangeException.ThrowIfLessThan(ClockWindowPoints, 2, nameof(ClockWindowPoints));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ClockWindowPoints, 4096, nameof(ClockWindowPoints));
        ArgumentOutOfRangeException.ThrowIfLessThan(ClockMinPointsForSlope, 2, nameof(ClockMinPointsForSlope));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ClockMinPointsForSlope, ClockWindowPoints, nameof(ClockMinPointsForSlope));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ClockMaxDriftPpm, 0, nameof(ClockMaxDriftPpm));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ClockMaxDriftPpm, 100000, nameof(ClockMaxDriftPpm));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(StreamStartClockTolerance, TimeSpan.Zero, nameof(StreamStartClockTolerance));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxClockLead, TimeSpan.Zero, nameof(MaxClockLead));
    }
}
