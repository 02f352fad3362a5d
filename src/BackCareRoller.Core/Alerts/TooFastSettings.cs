namespace BackCareRoller.Core.Alerts;

/// <summary>Settings of the too-fast rule (DESIGN.md section 3); settable per user and, later, per move.</summary>
public sealed record TooFastSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="raiseAboveMetersPerSecond">Moving average of |v| above which an episode starts.</param>
    /// <param name="clearBelowMetersPerSecond">Moving average below which it ends; not above the raise threshold.</param>
    /// <param name="averageWindow">Length of the moving average.</param>
    /// <param name="minAlertInterval">Shortest time between two alerts.</param>
    /// <param name="gapThreshold">Longest interval between two roller samples still treated as continuous data.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public TooFastSettings(
        double raiseAboveMetersPerSecond,
        double clearBelowMetersPerSecond,
        TimeSpan averageWindow,
        TimeSpan minAlertInterval,
        TimeSpan gapThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(raiseAboveMetersPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(clearBelowMetersPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(clearBelowMetersPerSecond, raiseAboveMetersPerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(averageWindow, TimeSpan.FromMilliseconds(10));
        ArgumentOutOfRangeException.ThrowIfLessThan(minAlertInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gapThreshold, TimeSpan.Zero);
        RaiseAboveMetersPerSecond = raiseAboveMetersPerSecond;
        ClearBelowMetersPerSecond = clearBelowMetersPerSecond;
        AverageWindow = averageWindow;
        MinAlertInterval = minAlertInterval;
        GapThreshold = gapThreshold;
        // Whole ticks, so a sample exactly on a bucket boundary always falls in the later bucket.
        BucketTicks = averageWindow.Ticks / TooFastWindow.BucketsPerWindow;
        BucketSeconds = TimeSpan.FromTicks(BucketTicks).TotalSeconds;
        GapSeconds = gapThreshold.TotalSeconds;
    }

    /// <summary>The defaults of DESIGN.md section 3: above 5.0 cm/s, clear below 4.0 cm/s, 1 s average, one alert per 3 s.</summary>
    public static TooFastSettings Default { get; } = new(
        TooFastDefaults.RaiseAboveMetersPerSecond,
        TooFastDefaults.ClearBelowMetersPerSecond,
        TooFastDefaults.AverageWindow,
        TooFastDefaults.MinAlertInterval,
        TooFastDefaults.GapThreshold);

    /// <summary>Moving average of |v| (m/s) above which a too-fast episode starts.</summary>
    /// <value>Default 0.05 m/s (5.0 cm/s); positive.</value>
    public double RaiseAboveMetersPerSecond { get; }

    /// <summary>Moving average of |v| (m/s) below which a too-fast episode ends.</summary>
    /// <value>Default 0.04 m/s (4.0 cm/s); positive, not above the raise threshold.</value>
    public double ClearBelowMetersPerSecond { get; }

    /// <summary>Length of the moving average.</summary>
    /// <value>Default 1 s; at least 10 ms.</value>
    public TimeSpan AverageWindow { get; }

    /// <summary>Shortest time between two too-fast alerts.</summary>
    /// <value>Default 3 s; zero or more.</value>
    public TimeSpan MinAlertInterval { get; }

    /// <summary>Longest interval between two roller samples still treated as continuous data.</summary>
    /// <value>Default 0.25 s; positive.</value>
    public TimeSpan GapThreshold { get; }

    internal long BucketTicks { get; }

    internal double BucketSeconds { get; }

    internal double GapSeconds { get; }

    /// <summary>These settings with other thresholds, e.g. for one move of the routine.</summary>
    /// <param name="raiseAboveMetersPerSecond">Moving average above which an episode starts.</param>
    /// <param name="clearBelowMetersPerSecond">Moving average below which it ends.</param>
    /// <returns>New validated settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public TooFastSettings WithThresholds(double raiseAboveMetersPerSecond, double clearBelowMetersPerSecond) =>
        new(raiseAboveMetersPerSecond, clearBelowMetersPerSecond, AverageWindow, MinAlertInterval, GapThreshold);
}
