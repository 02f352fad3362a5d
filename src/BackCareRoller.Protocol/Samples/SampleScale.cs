using System.Numerics;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Imu;

namespace BackCareRoller.Protocol.Samples;

/// <summary>Converts raw samples to SI units with the scales of a <see cref="DeviceConfiguration"/> (SPEC.md section 5.2).</summary>
/// <param name="AccelerometerLsbScale">m/s² per accelerometer LSB.</param>
/// <param name="GyroscopeLsbScale">rad/s per gyroscope LSB.</param>
public readonly record struct SampleScale(float AccelerometerLsbScale, float GyroscopeLsbScale)
{
    /// <summary>The scales of a configuration.</summary>
    /// <param name="configuration">A decoded (valid) configuration.</param>
    /// <returns>The scale.</returns>
    public static SampleScale From(in DeviceConfiguration configuration) =>
        new(configuration.AccelerometerLsbScale, configuration.GyroscopeLsbScale);

    /// <summary>Specific force in m/s², gravity included.</summary>
    /// <param name="sample">The raw sample.</param>
    /// <returns>The acceleration vector.</returns>
    public Vector3 Acceleration(in RawImuSample sample) =>
        new Vector3(sample.AccelerometerX, sample.AccelerometerY, sample.AccelerometerZ) * AccelerometerLsbScale;

    /// <summary>Angular rate in rad/s.</summary>
    /// <param name="sample">The raw sample.</param>
    /// <returns>The angular velocity vector.</returns>
    public Vector3 AngularVelocity(in RawImuSample sample) =>
        new Vector3(sample.GyroscopeX, sample.GyroscopeY, sample.GyroscopeZ) * GyroscopeLsbScale;
}
