namespace BackCareRoller.Core.Posture;

/// <summary>Defaults of the body-posture estimator.</summary>
internal static class PostureDefaults
{
    /// <summary>Stillness needed to take "up" from the standing phase, s; the session opens with 2–3 s (DESIGN.md section 2).</summary>
    public const double CalibrationStillSeconds = 1.0;

    /// <summary>The standing phase must begin within this many seconds of the first body sample, s.</summary>
    public const double CalibrationWindowSeconds = 20.0;

    /// <summary>Largest angle between the standing "up" and the sensor's nominal +y, degrees: ±15° mount (section 2) plus sway.</summary>
    public const double MaxCalibrationTiltDegrees = 35.0;

    /// <summary>Body angular rate below which a person counts as standing still, rad/s (quiet standing sway is ≲ 0.05).</summary>
    public const double StillRateRadiansPerSecond = 0.2;

    /// <summary>Largest |‖f‖ − g| while still, m/s².</summary>
    public const double StillAccelerationToleranceMetersPerSecondSquared = 0.6;

    /// <summary>Long axis elevation above which the body is upright, degrees: every rolling posture of section 4 is ≤ 60°.</summary>
    public const double UprightReclineDegrees = 68.0;

    /// <summary>Long axis elevation from which a face-up body counts as seated-reclined, degrees.</summary>
    public const double ReclinedFromDegrees = 30.0;

    /// <summary>
    /// Time constant of the high-pass applied to the pelvis velocity, s. Passes last 2–8 s (DESIGN.md section 3), so 1.5 s
    /// keeps the rolling motion while gravity leakage from small attitude errors integrates away.
    /// </summary>
    public const double VelocityHighPassSeconds = 1.5;

    /// <summary>
    /// Averaging time of the pelvis acceleration's slow mean, s. Over several passes the mean acceleration of a body that
    /// goes back and forth is zero, so what remains is gravity leaking through a small tilt error.
    /// </summary>
    public const double AccelerationMeanSeconds = 4;

    /// <summary>
    /// Time constant with which the motion channel's "up" follows the accelerometer, s. Passes last 2–8 s; a faster
    /// correction would take the pelvis's acceleration over a pass for tilt and cancel it. With the gyro's bias
    /// removed to a few mrad/s, the tilt error this leaves (bias × time constant) is a fraction of a degree.
    /// </summary>
    public const double MotionUpCorrectionSeconds = 5;

    /// <summary>Gravity used before the standing phase has measured it, m/s².</summary>
    public const double StandardGravity = 9.81;
}
