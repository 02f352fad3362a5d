using System.Runtime.CompilerServices;

namespace BackCareRoller.Core.Attitude;

/// <summary>Settings of the 6-axis attitude filter (<see cref="AttitudeFilter"/>); each value is validated when set.</summary>
/// <remarks>
/// Gains and times are in continuous time (per second, seconds), so the same settings serve 25–400 Hz sensors.
/// The filter trusts the accelerometer in two ways: each sample pulls the estimate with <see cref="Gain"/>, scaled down
/// as the sample disagrees with gravity (<see cref="RejectionAngleDegrees"/>, <see cref="RejectionMagnitudeMetersPerSecondSquared"/>);
/// and a slow average of every sample in the earth frame pulls with <see cref="MeanForceGain"/>. That average never
/// rejects or times out: while the body's velocity stays bounded, its mean acceleration is zero, so the mean force is gravity.
/// </remarks>
public sealed record AttitudeSettings
{
    private float _inverseSinSquaredRejection = InverseSinSquared(AttitudeDefaults.RejectionAngleDegrees);
    private float _inverseRejectionMagnitudeSquared = InverseSquare(AttitudeDefaults.RejectionMagnitudeMetersPerSecondSquared);

    /// <summary>Gets the gravity magnitude the accelerometer is compared with.</summary>
    /// <value>m/s²; default 9.81; range 1–100.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float GravityMetersPerSecondSquared
    {
        get;
        init => field = InRange(value, 1f, 100f);
    } = AttitudeDefaults.GravityMetersPerSecondSquared;

    /// <summary>Gets the gain with which each trusted accelerometer sample corrects the tilt.</summary>
    /// <value>rad/s per unit of sin(error); default 0.5; range 0–50 (0 leaves only the mean-force correction).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float Gain
    {
        get;
        init => field = InRange(value, 0f, 50f);
    } = AttitudeDefaults.Gain;

    /// <summary>Gets the angle between a sample and the estimated gravity at which that sample's weight falls to zero.</summary>
    /// <value>Degrees; default 15; range 1–90. The weight is 1 − sin²θ / sin²(this).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float RejectionAngleDegrees
    {
        get;
        init
        {
            field = InRange(value, 1f, 90f);
            _inverseSinSquaredRejection = InverseSinSquared(field);
        }
    } = AttitudeDefaults.RejectionAngleDegrees;

    /// <summary>Gets the distance of ‖a‖ from gravity at which a sample's weight falls to zero.</summary>
    /// <value>m/s²; default 3; range 0.1–1000. The weight is 1 − (‖a‖ − g)² / this².</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float RejectionMagnitudeMetersPerSecondSquared
    {
        get;
        init
        {
            field = InRange(value, 0.1f, 1000f);
            _inverseRejectionMagnitudeSquared = InverseSquare(field);
        }
    } = AttitudeDefaults.RejectionMagnitudeMetersPerSecondSquared;

    /// <summary>Gets the gain with which the averaged earth-frame force corrects the tilt; this path never rejects.</summary>
    /// <value>rad/s; default 0.5; range 0–50.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float MeanForceGain
    {
        get;
        init => field = InRange(value, 0f, 50f);
    } = AttitudeDefaults.MeanForceGain;

    /// <summary>Gets the time constant of the earth-frame force average.</summary>
    /// <value>Seconds; default 2; range 0.01–600.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float MeanForceTimeConstantSeconds
    {
        get;
        init => field = InRange(value, 0.01f, 600f);
    } = AttitudeDefaults.MeanForceTimeConstantSeconds;

    /// <summary>Gets whether the gyro bias is learnt while the sensor is still.</summary>
    /// <value>Default true.</value>
    public bool EstimateGyroBias { get; init; } = true;

    /// <summary>Gets the bias-corrected gyro magnitude below which the sensor may be still.</summary>
    /// <value>rad/s; default 0.05 (3°/s); range 0.001–1.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float StillRateRadiansPerSecond
    {
        get;
        init => field = InRange(value, 0.001f, 1f);
    } = AttitudeDefaults.StillRateRadiansPerSecond;

    /// <summary>Gets the distance of ‖a‖ from gravity below which the sensor may be still.</summary>
    /// <value>m/s²; default 0.5; range 0.01–10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float StillAccelerationToleranceMetersPerSecondSquared
    {
        get;
        init => field = InRange(value, 0.01f, 10f);
    } = AttitudeDefaults.StillAccelerationToleranceMetersPerSecondSquared;

    /// <summary>Gets how long the sensor must look still before the gyro output is averaged into the bias.</summary>
    /// <value>Seconds; default 1; range 0–600.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float StillPeriodSeconds
    {
        get;
        init => field = InRange(value, 0f, 600f);
    } = AttitudeDefaults.StillPeriodSeconds;

    /// <summary>Gets the time constant of the bias average while still.</summary>
    /// <value>Seconds; default 5; range 0.01–3600.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float BiasTimeConstantSeconds
    {
        get;
        init => field = InRange(value, 0.01f, 3600f);
    } = AttitudeDefaults.BiasTimeConstantSeconds;

    /// <summary>Gets the longest step integrated as one; a longer dt is a gap, after which the filter re-settles.</summary>
    /// <value>Seconds; default 0.2; range 0.001–10.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float MaxStepSeconds
    {
        get;
        init => field = InRange(value, 0.001f, 10f);
    } = AttitudeDefaults.MaxStepSeconds;

    /// <summary>Gets the length of the phase after a start or gap in which the accelerometer gain is boosted and nothing is rejected.</summary>
    /// <value>Seconds; default 2; range 0–60 (0 disables settling).</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float SettlingPeriodSeconds
    {
        get;
        init => field = InRange(value, 0f, 60f);
    } = AttitudeDefaults.SettlingPeriodSeconds;

    /// <summary>Gets the accelerometer gain at the start of settling; it ramps down linearly to <see cref="Gain"/>.</summary>
    /// <value>rad/s; default 5; range 0–50.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside its range or not finite.</exception>
    public float SettlingGain
    {
        get;
        init => field = InRange(value, 0f, 50f);
    } = AttitudeDefaults.SettlingGain;

    /// <summary>Gets 1 / sin² of <see cref="RejectionAngleDegrees"/>, computed once.</summary>
    internal float InverseSinSquaredRejection => _inverseSinSquaredRejection;

    /// <summary>Gets 1 / <see cref="RejectionMagnitudeMetersPerSecondSquared"/>², computed once.</summary>
    internal float InverseRejectionMagnitudeSquared => _inverseRejectionMagnitudeSquared;

    private static float InRange(float value, float min, float max, [CallerMemberName] string? name = null)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }

        return value;
    }

    private static float InverseSinSquared(float degrees)
    {
        var s = MathF.Sin(degrees * (MathF.PI / 180f));
        return 1f / (s * s);
    }

    private static float InverseSquare(float value) => 1f / (value * value);
}
