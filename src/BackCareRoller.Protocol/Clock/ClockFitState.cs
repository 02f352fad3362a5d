namespace BackCareRoller.Protocol.Clock;

/// <summary>State of the online device-to-host clock fit (<see cref="ClockFit"/>); one per device.</summary>
/// <remarks>Times are kept relative to the first observation (the anchors), so the doubles stay small.</remarks>
internal struct ClockFitState
{
    /// <summary>Ring buffer of the window's points in device-time order, allocated once; its length is the window size.</summary>
    public ClockPoint[] Points;

    /// <summary>Scratch for the lower hull's point indices, allocated once, as long as <see cref="Points"/>.</summary>
    public int[] Hull;

    /// <summary>Bucket length, s (from the settings, kept here so the per-packet path does no division).</summary>
    public double BucketSeconds;

    /// <summary>Number of points in the window.</summary>
    public int Count;

    /// <summary>Index of the oldest point.</summary>
    public int Oldest;

    /// <summary>Whether the anchors are set (false until the first observation after a reset).</summary>
    public bool HasAnchor;

    /// <summary>Device time of the anchor, µs (unwrapped).</summary>
    public long AnchorDeviceMicroseconds;

    /// <summary>Host time of the anchor, ticks.</summary>
    public long AnchorHostTicks;

    /// <summary>Whether a bucket is collecting observations.</summary>
    public bool BucketOpen;

    /// <summary>Device time where the open bucket started, s since the anchor.</summary>
    public double BucketStartX;

    /// <summary>The open bucket's lowest-offset observation.</summary>
    public ClockPoint BucketMinimum;

    /// <summary>Lowest offset seen since the fit (re)started: the mapping until a slope is fitted.</summary>
    public double FloorY;

    /// <summary>Whether <see cref="Intercept"/> and <see cref="Slope"/> hold a fit.</summary>
    public bool HasSlope;

    /// <summary>Offset at X = 0, s.</summary>
    public double Intercept;

    /// <summary>Offset change per device second: host rate / device rate − 1.</summary>
    public double Slope;
}
