namespace BackCareRoller.Core.Attitude;

/// <summary>Default attitude-filter settings, with their units and where each value comes from.</summary>
/// <remarks>
/// Chosen on two BROAD trials (fast rotation, fast translation) and checked on x-io's Fusion recording and on the
/// BROAD trials block-averaged down to 26–143 Hz; every value sits in a flat region of the score, not on a peak
/// (see tests/BackCareRoller.Core.Tests/Attitude/).
/// </remarks>
internal static class AttitudeDefaults
{
    /// <summary>Gravity, m/s² (DESIGN.md section 2: a still sensor reads 9.81 on its up axis).</summary>
    public const float GravityMetersPerSecondSquared = 9.81f;

    /// <summary>Instantaneous accelerometer gain, rad/s per unit of sin(error): a 2 s time constant, as Fusion's gain 0.5.</summary>
    public const float Gain = 0.5f;

    /// <summary>Disagreement, degrees, at which one accelerometer sample's weight reaches zero (Fusion rejects at 10°).</summary>
    public const float RejectionAngleDegrees = 15f;

    /// <summary>|‖a‖ − g|, m/s², at which one accelerometer sample's weight reaches zero (about 0.3 g).</summary>
    public const float RejectionMagnitudeMetersPerSecondSquared = 3f;

    /// <summary>Mean-force gain, rad/s: tilt errors seen in the averaged earth-frame force decay with a 2 s time constant.</summary>
    public const float MeanForceGain = 0.5f;

    /// <summary>Averaging time constant of the earth-frame specific force, s: longer than one back-and-forth stroke.</summary>
    public const float MeanForceTimeConstantSeconds = 2f;

    /// <summary>Gyro magnitude below which the sensor may be still, rad/s (3°/s, FusionBias's stationary threshold).</summary>
    public const float StillRateRadiansPerSecond = 0.05f;

    /// <summary>|‖a‖ − g| below which the sensor may be still, m/s².</summary>
    public const float StillAccelerationToleranceMetersPerSecondSquared = 0.5f;

    /// <summary>How long the sensor must look still before its gyro output is taken as bias, s (DESIGN.md: sessions start with 2–3 s standing still).</summary>
    public const float StillPeriodSeconds = 1f;

    /// <summary>Time constant of the bias average while still, s.</summary>
    public const float BiasTimeConstantSeconds = 5f;

    /// <summary>Longest step integrated as one, s; a longer dt is a gap (5 samples at 25 Hz, DESIGN.md section 5).</summary>
    public const float MaxStepSeconds = 0.2f;

    /// <summary>Length of the boosted-gain phase after a start or a gap, s.</summary>
    public const float SettlingPeriodSeconds = 2f;

    /// <summary>Accelerometer gain at the start of the settling phase, rad/s (Fusion's start-up ramp starts at 10 in its units, 5 rad/s here).</summary>
    public const float SettlingGain = 5f;
}
