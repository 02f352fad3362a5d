namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>Tuning of <see cref="ThingyClock"/>.</summary>
internal sealed record ThingyClockSettings
{
    /// <summary>Gets the span over which the lowest arrival latency is taken as the floor.</summary>
    /// <value>Default 1 s: long enough to contain a low-latency notification, short against clock drift.</value>
    public TimeSpan Bucket { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets the least lateness over the floor that counts as lost notifications.</summary>
    /// <value>Default 150 ms: above BLE's worst connection interval (50 ms) plus host scheduling.</value>
    public TimeSpan GapThreshold { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Gets the least lateness in sample periods that counts as lost notifications.</summary>
    /// <value>Default 3 periods, which dominates at low rates.</value>
    public double GapThresholdPeriods { get; init; } = 3;
}
