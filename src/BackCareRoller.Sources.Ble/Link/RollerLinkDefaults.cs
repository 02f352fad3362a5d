namespace BackCareRoller.Sources.Ble.Link;

/// <summary>Defaults of <see cref="RollerLinkSettings"/>.</summary>
internal static class RollerLinkDefaults
{
    /// <summary>Connect, discover services and start streaming: BlueZ's own LE connect gives up near 20 s; 15 s keeps the UI honest.</summary>
    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Longest single scan for a roller whose device object is gone.</summary>
    public static readonly TimeSpan ScanTimeout = TimeSpan.FromSeconds(20);

    /// <summary>First retry delay after a loss: quick, most drops are a moment out of range.</summary>
    public static readonly TimeSpan InitialBackoff = TimeSpan.FromMilliseconds(500);

    /// <summary>Longest retry delay: a roller switched back on is found within this.</summary>
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(10);

    /// <summary>Failing this long turns "reconnecting" into "lost" (retries go on at the longest delay).</summary>
    public static readonly TimeSpan LostAfter = TimeSpan.FromSeconds(60);

    /// <summary>No packet for this long while streaming counts as a dead link (a roller streams at least 20 packets/s).</summary>
    public static readonly TimeSpan StallTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Rate asked of sensors whose rate the host sets (Thingy:52); 100 Hz is the roller default (SPEC.md 5.1).</summary>
    public const int SampleRateHz = 100;
}
