using BackCareRoller.Core.Attitude;

namespace BackCareRoller.Core.Posture;

/// <summary>Settings of the body-posture estimator: standing calibration, posture classes and the motion filter.</summary>
public sealed record PostureSettings
{
    /// <summary>The attitude filter that tracks "up" in the body sensor's frame.</summary>
    /// <value>Default: the attitude filter's defaults.</value>
    public AttitudeSettings Attitude { get; init; } = new();

    /// <summary>Stillness needed to calibrate "up" from the standing phase, s.</summary>
    /// <value>Default 1.0 s; 0.2–10 s.</value>
    public double CalibrationStillSeconds { get; init; } = PostureDefaults.CalibrationStillSeconds;

    /// <summary>How long after the first body sample a standing phase may still start, s; later the nominal mount is assumed.</summary>
    /// <value>Default 20 s; 1–600 s.</value>
    public double CalibrationWindowSeconds { get; init; } = PostureDefaults.CalibrationWindowSeconds;

    /// <summary>Largest angle between the standing "up" and the sensor's nominal +y, degrees; a larger one is not standing.</summary>
    /// <value>Default 35°; 5–90°.</value>
    public double MaxCalibrationTiltDegrees { get; init; } = PostureDefaults.MaxCalibrationTiltDegrees;

    /// <summary>Body angular rate below which the wearer counts as still, rad/s.</summary>
    /// <value>Default 0.2 rad/s; 0.01–2 rad/s.</value>
    public double StillRateRadiansPerSecond { get; init; } = PostureDefaults.StillRateRadiansPerSecond;

    /// <summary>Largest |‖f‖ − g| while still, m/s².</summary>
    /// <value>Default 0.6 m/s²; 0.05–5 m/s².</value>
    public double StillAccelerationToleranceMetersPerSecondSquared { get; init; } = PostureDefaults.StillAccelerationToleranceMetersPerSecondSquared;

    /// <summary>Long-axis elevation above which the body is upright, degrees.</summary>
    /// <value>Default 68°; 45–89°.</value>
    public double UprightReclineDegrees { get; init; } = PostureDefaults.UprightReclineDegrees;

    /// <summary>Long-axis elevation from which a face-up body counts as seated-reclined, degrees.</summary>
    /// <value>Default 30°; 0–89°, below <see cref="UprightReclineDegrees"/>.</value>
    public double ReclinedFromDegrees { get; init; } = PostureDefaults.ReclinedFromDegrees;

    /// <summary>Time constant of the high-pass on the pelvis velocity along the long axis, s.</summary>
    /// <value>Default 1.5 s; 0.1–30 s.</value>
    public double VelocityHighPassSeconds { get; init; } = PostureDefaults.VelocityHighPassSeconds;

    /// <summary>Averaging time of the slow mean removed from the pelvis acceleration before it is integrated, s.</summary>
    /// <value>Default 4 s; 1–600 s, at least <see cref="VelocityHighPassSeconds"/>.</value>
    public double AccelerationMeanSeconds { get; init; } = PostureDefaults.AccelerationMeanSeconds;

    /// <summary>Time constant with which the "up" used to remove gravity from the pelvis's motion follows the accelerometer, s.</summary>
    /// <value>Default 5 s; 0.5–120 s.</value>
    public double MotionUpCorrectionSeconds { get; init; } = PostureDefaults.MotionUpCorrectionSeconds;

    internal double SinUpright => Math.Sin(UprightReclineDegrees * Math.PI / 180);

    internal double SinReclined => Math.Sin(ReclinedFromDegrees * Math.PI / 180);

    internal double CosMaxCalibrationTilt => Math.Cos(MaxCalibrationTiltDegrees * Math.PI / 180);

    /// <summary>Checks every value against its documented range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Attitude"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Attitude);
        Check(CalibrationStillSeconds, 0.2, 10, nameof(CalibrationStillSeconds));
        Check(CalibrationWindowSeconds, 1, 600, nameof(CalibrationWindowSeconds));
        Check(MaxCalibrationTiltDegrees, 5, 90, nameof(MaxCalibrationTiltDegrees));
        Check(StillRateRadiansPerSecond, 0.01, 2, nameof(StillRateRadiansPerSecond));
        Check(StillAccelerationToleranceMetersPerSecondSquared, 0.05, 5, nameof(StillAccelerationToleranceMetersPerSecondSquared));
        Check(UprightReclineDegrees, 45, 89, nameof(UprightReclineDegrees));
        Check(ReclinedFromDegrees, 0, UprightReclineDegrees, nameof(ReclinedFromDegrees));
        Check(VelocityHighPassSeconds, 0.1, 30, nameof(VelocityHighPassSeconds));
        Check(AccelerationMeanSeconds, Math.Max(1, VelocityHighPassSeconds), 600, nameof(AccelerationMeanSeconds));
        Check(MotionUpCorrectionSeconds, 0.5, 120, nameof(MotionUpCorrectionSeconds));
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
