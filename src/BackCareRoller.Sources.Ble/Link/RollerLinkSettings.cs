namespace BackCareRoller.Sources.Ble.Link;

/// <summary>Timeouts and retry policy of a <see cref="RollerLink"/>.</summary>
public sealed record RollerLinkSettings
{
    /// <summary>Gets how long one attempt may take from connect to the first command answered.</summary>
    /// <value>Default 15 s; 1 s to 2 min.</value>
    public TimeSpan ConnectTimeout { get; init; } = RollerLinkDefaults.ConnectTimeout;

    /// <summary>Gets how long one scan for a roller unknown to the system may take.</summary>
    /// <value>Default 20 s; 1 s to 10 min.</value>
    public TimeSpan ScanTimeout { get; init; } = RollerLinkDefaults.ScanTimeout;

    /// <summary>Gets the delay before the first retry; each further retry doubles it.</summary>
    /// <value>Default 0.5 s; 10 ms to <see cref="MaxBackoff"/>.</value>
    public TimeSpan InitialBackoff { get; init; } = RollerLinkDefaults.InitialBackoff;

    /// <summary>Gets the longest delay between retries.</summary>
    /// <value>Default 10 s; up to 5 min.</value>
    public TimeSpan MaxBackoff { get; init; } = RollerLinkDefaults.MaxBackoff;

    /// <summary>Gets how long failing to reconnect may last before the link reports <see cref="LinkState.Lost"/>.</summary>
    /// <value>Default 60 s; at least 0.</value>
    public TimeSpan LostAfter { get; init; } = RollerLinkDefaults.LostAfter;

    /// <summary>Gets how long the stream may be silent before the link is treated as dead and reconnected; null never.</summary>
    /// <value>Default 5 s; at least 100 ms.</value>
    public TimeSpan? StallTimeout { get; init; } = RollerLinkDefaults.StallTimeout;

    /// <summary>Gets the rate asked of sensors whose rate the host chooses (Thingy:52: 5–200 Hz).</summary>
    /// <value>Default 100 Hz.</value>
    public int SampleRateHz { get; init; } = RollerLinkDefaults.SampleRateHz;

    /// <summary>Checks every value against its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range, named in the message.</exception>
    public void Validate()
    {
        Check(ConnectTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), nameof(ConnectTimeout));
        Check(ScanTimeout, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10), nameof(ScanTimeout));
        Check(MaxBackoff, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(5), nameof(MaxBackoff));
        Check(InitialBackoff, TimeSpan.FromMilliseconds(10), MaxBackoff, nameof(InitialBackoff));
        Check(LostAfter, TimeSpan.Zero, TimeSpan.MaxValue, nameof(LostAfter));
        if (StallTimeout is { } stall)
        {
            Check(stall, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1), nameof(StallTimeout));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(SampleRateHz, 1, nameof(SampleRateHz));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(SampleRateHz, 1000, nameof(SampleRateHz));
    }

    /// <summary>Returns the delay before retry number <paramref name="attempt"/> (1-based).</summary>
    /// <param name="attempt">Failed attempts so far.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(InitialBackoff.Ticks * factor, MaxBackoff.Ticks));
    }

    private static void Check(TimeSpan value, TimeSpan min, TimeSpan max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
