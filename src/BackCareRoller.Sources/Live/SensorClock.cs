namespace BackCareRoller.Sources.Live;

/// <summary>
/// Maps one device's own timestamps onto session time. The first batch anchors the device clock so that its newest
/// sample lands at the host's arrival time; after that the device's own spacing is kept (jitter in network delivery
/// must not become jitter in the samples). Clock drift is left to the pipeline's per-sensor alignment stage.
/// </summary>
public struct SensorClock
{
    private double _deviceOriginSeconds;
    private TimeSpan _sessionOrigin;
    private TimeSpan _last;

    /// <summary>True once the first batch has anchored the clock.</summary>
    public bool IsAnchored { get; private set; }

    /// <summary>
    /// Anchors the clock if it is not yet: <paramref name="newestDeviceSeconds"/> maps to <paramref name="arrival"/>,
    /// or later if the batch reaches back before the session started (a phone that streamed before joining).
    /// </summary>
    /// <param name="oldestDeviceSeconds">The device timestamp of the oldest sample of the first batch, in seconds.</param>
    /// <param name="newestDeviceSeconds">The device timestamp of its newest sample.</param>
    /// <param name="arrival">Session time at which that batch arrived.</param>
    public void AnchorIfNeeded(double oldestDeviceSeconds, double newestDeviceSeconds, TimeSpan arrival)
    {
        if (IsAnchored)
        {
            return;
        }

        var span = TimeSpan.FromSeconds(Math.Max(0, newestDeviceSeconds - oldestDeviceSeconds));
        _deviceOriginSeconds = newestDeviceSeconds;
        _sessionOrigin = arrival > span ? arrival : span;
        _last = TimeSpan.MinValue;
        IsAnchored = true;
    }

    /// <summary>Maps a device timestamp to session time, refusing time that runs backwards.</summary>
    /// <param name="deviceSeconds">The sample's device timestamp in seconds.</param>
    /// <param name="time">Its session time.</param>
    /// <returns>False when the clock is not anchored, the value is not finite, or the time goes backwards.</returns>
    public bool TryMap(double deviceSeconds, out TimeSpan time)
    {
        time = default;
        if (!IsAnchored || !double.IsFinite(deviceSeconds))
        {
            return false;
        }

        // Whole ticks: TimeSpan.FromSeconds would round to milliseconds on older runtimes; be explicit.
        var candidate = _sessionOrigin + TimeSpan.FromTicks((long)Math.Round((deviceSeconds - _deviceOriginSeconds) * TimeSpan.TicksPerSecond));
        if (candidate < _last || candidate < TimeSpan.Zero)
        {
            return false;
        }

        _last = candidate;
        time = candidate;
        return true;
    }
}
