namespace BackCareRoller.Core.Bias;

/// <summary>Settings of the gyro bias estimator.</summary>
public sealed record GyroBiasSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="stillThresholdRadiansPerSecond">Rate magnitude below which the sensor counts as still.</param>
    /// <param name="stillDuration">How long it must stay still before the bias is learned.</param>
    /// <param name="timeConstant">Time constant of the bias low-pass while still.</param>
    /// <param name="detectionTimeConstant">Time constant of the smoothing used to decide stillness.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive (the still duration may be zero).</exception>
    public GyroBiasSettings(
        double stillThresholdRadiansPerSecond,
        TimeSpan stillDuration,
        TimeSpan timeConstant,
        TimeSpan detectionTimeConstant)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stillThresholdRadiansPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(stillDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeConstant, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(detectionTimeConstant, TimeSpan.Zero);
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
    /// <value>Default 0.05 rad/s; positive.</value>
    public double StillThresholdRadiansPerSecond { get; }

    /// <summary>How long the sensor must stay still before its rate is taken as bias.</summary>
    /// <value>Default 0.5 s; zero or more.</value>
    public TimeSpan StillDuration { get; }

    /// <summary>Time constant of the bias low-pass while still.</summary>
    /// <value>Default 2 s; positive.</value>
    public TimeSpan TimeConstant { get; }

    /// <summary>Time constant of the smoothing used only to decide stillness.</summary>
    /// <value>Default 0.1 s; positive.</value>
    public TimeSpan DetectionTimeConstant { get; }

    internal double StillSeconds { get; }

    internal double TimeConstantSeconds { get; }

    internal double DetectionTimeConstantSeconds { get; }
}
