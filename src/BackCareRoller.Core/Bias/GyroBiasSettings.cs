namespace BackCareRoller.Core.Bias;

/// <summary>Settings of the gyro bias estimator.</summary>
public sealed record GyroBiasSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="stillThresholdRadiansPerSecond">Rate magnitude below which the sensor counts as still.</param>
    /// <param name="stillDuration">Length of a still block; a block is used once the next one is still too.</param>
    /// <param name="timeConstant">Time constant of the bias low-pass while still.</param>
    /// <param name="detectionTimeConstant">Time constant of the smoothing used to decide stillness.</param>
    /// <param name="maxInitialBiasRadiansPerSecond">Largest bias accepted before a first estimate exists.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive (the still duration may be zero).</exception>
    public GyroBiasSettings(
        double stillThresholdRadiansPerSecond,
        TimeSpan stillDuration,
        TimeSpan timeConstant,
        TimeSpan detectionTimeConstant,
        double maxInitialBiasRadiansPerSecond = GyroBiasDefaults.MaxInitialBiasRadiansPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stillThresholdRadiansPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(stillDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeConstant, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(detectionTimeConstant, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxInitialBiasRadiansPerSecond, 0.0);
        MaxInitialBiasRadiansPerSecond = maxInitialBiasRadiansPerSecond;
        StillThresholdRadiansPerSecond = stillThresholdRadiansPerSecond;
        StillDuration = stillDuration;
        TimeConstant = timeConstant;
        DetectionTimeConstant = detectionTimeConstant;
        StillSeconds = stillDuration.TotalSeconds;
        TimeConstantSeconds = timeConstant.TotalSeconds;
        DetectionTimeConstantSeconds = detectionTimeConstant.TotalSeconds;
    }

    /// <summary>The default settings.</summary>
    public static GyroBiasSettings Default { get; } = new(
        GyroBiasDefaults.StillThresholdRadiansPerSecond,
        GyroBiasDefaults.StillDuration,
        GyroBiasDefaults.TimeConstant,
        GyroBiasDefaults.DetectionTimeConstant);

    /// <summary>Rate magnitude (rad/s, bias removed, smoothed) below which the sensor counts as still.</summary>
    /// <value>Default 0.02 rad/s; positive.</value>
    public double StillThresholdRadiansPerSecond { get; }

    /// <summary>
    /// Length of a still block: still samples are used once a whole block of stillness follows them, so the first bias
    /// is known after two blocks.
    /// </summary>
    /// <value>Default 0.5 s; zero or more (zero uses each still sample once the next one is still).</value>
    public TimeSpan StillDuration { get; }

    /// <summary>Time constant of the bias low-pass while still.</summary>
    /// <value>Default 2 s; positive.</value>
    public TimeSpan TimeConstant { get; }

    /// <summary>Time constant of the smoothing used only to decide stillness.</summary>
    /// <value>Default 0.1 s; positive.</value>
    public TimeSpan DetectionTimeConstant { get; }

    /// <summary>Largest bias (rad/s) accepted before a first estimate exists: a steadier, faster turn is rolling.</summary>
    /// <value>Default 0.3 rad/s; positive.</value>
    public double MaxInitialBiasRadiansPerSecond { get; }

    internal double StillSeconds { get; }

    internal double TimeConstantSeconds { get; }

    internal double DetectionTimeConstantSeconds { get; }
}
