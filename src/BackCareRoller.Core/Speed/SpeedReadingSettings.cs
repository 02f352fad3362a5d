namespace BackCareRoller.Core.Speed;

/// <summary>Settings of the speed-reading stage: the fixed-rate traverse speed series of the report.</summary>
public sealed record SpeedReadingSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="period">Time between two readings.</param>
    /// <param name="deadbandMetersPerSecond">Fitted speed below which a reading is 0.</param>
    /// <param name="minHalfWindow">Shortest half-window of the fit around a reading time; at most the period.</param>
    /// <param name="intervalsPerHalfWindow">Sample intervals per half-window, which widens it at low rates up to the period.</param>
    /// <param name="gapThreshold">Intervals longer than this are gaps and do not count toward the sample rate.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public SpeedReadingSettings(
        TimeSpan period,
        double deadbandMetersPerSecond,
        TimeSpan minHalfWindow,
        double intervalsPerHalfWindow,
        TimeSpan gapThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, TimeSpan.FromSeconds(10));
        ArgumentOutOfRangeException.ThrowIfLessThan(deadbandMetersPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minHalfWindow, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minHalfWindow, period);
        ArgumentOutOfRangeException.ThrowIfLessThan(intervalsPerHalfWindow, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gapThreshold, TimeSpan.Zero);
        Period = period;
        DeadbandMetersPerSecond = deadbandMetersPerSecond;
        MinHalfWindow = minHalfWindow;
        IntervalsPerHalfWindow = intervalsPerHalfWindow;
        GapThreshold = gapThreshold;
        PeriodSeconds = period.TotalSeconds;
        MinHalfWindowSeconds = minHalfWindow.TotalSeconds;
        GapSeconds = gapThreshold.TotalSeconds;
    }

    /// <summary>The default settings: 10 Hz.</summary>
    public static SpeedReadingSettings Default { get; } = new(
        SpeedReadingDefaults.Period,
        SpeedReadingDefaults.DeadbandMetersPerSecond,
        SpeedReadingDefaults.MinHalfWindow,
        SpeedReadingDefaults.IntervalsPerHalfWindow,
        SpeedReadingDefaults.GapThreshold);

    /// <summary>Time between two readings; reading k is at k·period of session time.</summary>
    /// <value>Default 0.1 s; 1 ms to 10 s.</value>
    public TimeSpan Period { get; }

    /// <summary>Fitted speed (m/s) below which a reading is 0.</summary>
    /// <value>Default 0.0005 m/s; zero or more.</value>
    public double DeadbandMetersPerSecond { get; }

    /// <summary>Shortest half-window of the fit around a reading time.</summary>
    /// <value>Default 50 ms; positive, at most the period.</value>
    public TimeSpan MinHalfWindow { get; }

    /// <summary>Sample intervals per half-window: at low rates the window widens to hold enough samples, up to the period.</summary>
    /// <value>Default 2.5; zero or more.</value>
    public double IntervalsPerHalfWindow { get; }

    /// <summary>Intervals longer than this are gaps and do not count toward the sample rate.</summary>
    /// <value>Default 0.25 s; positive.</value>
    public TimeSpan GapThreshold { get; }

    internal double PeriodSeconds { get; }

    internal double MinHalfWindowSeconds { get; }

    internal double GapSeconds { get; }
}
