namespace BackCareRoller.Core.Speed;

/// <summary>Settings of the speed-reading stage: the fixed-rate traverse speed series of the report.</summary>
public sealed record SpeedReadingSettings
{
    /// <summary>Creates validated settings.</summary>
    /// <param name="period">Time between two readings.</param>
    /// <param name="deadbandMetersPerSecond">Mean speed below which a reading is 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public SpeedReadingSettings(TimeSpan period, double deadbandMetersPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.FromMilliseconds(1));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(period, TimeSpan.FromSeconds(10));
        ArgumentOutOfRangeException.ThrowIfLessThan(deadbandMetersPerSecond, 0.0);
        Period = period;
        DeadbandMetersPerSecond = deadbandMetersPerSecond;
    }

    /// <summary>The default settings: 10 Hz.</summary>
    public static SpeedReadingSettings Default { get; } = new(SpeedReadingDefaults.Period, SpeedReadingDefaults.DeadbandMetersPerSecond);

    /// <summary>Time between two readings; reading k is at k·period of session time.</summary>
    /// <value>Default 0.1 s; 1 ms to 10 s.</value>
    public TimeSpan Period { get; }

    /// <summary>Mean speed (m/s) below which a reading is 0.</summary>
    /// <value>Default 0.0005 m/s; zero or more.</value>
    public double DeadbandMetersPerSecond { get; }
}
