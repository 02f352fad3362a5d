namespace BackCareRoller.Protocol.Clock;

/// <summary>State of the online device-to-host clock fit (<see cref="ClockFit"/>); one per device.</summary>
/// <remarks>
/// Times are kept relative to an anchor pair (device µs, host ticks) that moves forward with the window, so the
/// doubles stay small (seconds within the window) and the running sums never lose precision however long the session.
/// </remarks>
internal struct ClockFitState
{
    /// <summary>Ring buffer of the window, allocated once; its length is the window size.</summary>
    public ClockPoint[] Points;

    /// <summary>Number of points in the window.</summary>
    public int Count;

    /// <summary>Index of the oldest point.</summary>
    public int Oldest;

    /// <summary>Running sums over the window for the least-squares line.</summary>
    public double SumX, SumY, SumXX, SumXY;

    /// <summary>Insertions since the sums were last recomputed from the ring.</summary>
    public int InsertsSinceRecentre;

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

    /// <summary>Outliers in a row.</summary>
    public int ConsecutiveOutliers;
}
