using System.Numerics;

namespace BackCareRoller.Core.Attitude;

/// <summary>The attitude filter's state after one update: orientation, gyro bias and what the next update needs.</summary>
/// <remarks>
/// <c>default(AttitudeState)</c> is a valid start: the first <see cref="AttitudeFilter.Step"/> aligns it with that
/// sample's accelerometer, as <see cref="AttitudeFilter.Initial(Vector3)"/> does.
/// </remarks>
/// <param name="Orientation">Unit quaternion rotating sensor-frame vectors into the earth frame (z up, heading arbitrary).</param>
/// <param name="GyroBias">Gyroscope bias estimate, rad/s, subtracted from every gyro sample.</param>
/// <param name="MeanEarthForce">Slow average of the specific force rotated into the earth frame, m/s²: over any back-and-forth motion it tends to gravity, so its tilt measures the orientation's tilt error.</param>
/// <param name="StillSeconds">How long the sensor has looked still, s (drives bias estimation).</param>
/// <param name="SettlingElapsedSeconds">Time since the last start or gap, s, capped at the settling period; until then the accelerometer gain is boosted.</param>
/// <param name="AccelerationWeight">Trust given to the last accelerometer sample, 0 (ignored) to 1 (full gain): a diagnostic for linear acceleration.</param>
public readonly record struct AttitudeState(
    Quaternion Orientation,
    Vector3 GyroBias,
    Vector3 MeanEarthForce,
    float StillSeconds,
    float SettlingElapsedSeconds,
    float AccelerationWeight)
{
    /// <summary>Gets whether the state holds an orientation (false for <c>default</c>, before the first usable accelerometer sample).</summary>
    public bool IsAligned => Orientation.LengthSquared() > 0.5f;

    /// <summary>Gets the unit "up" vector in the sensor frame: what a still accelerometer reads, normalised.</summary>
    /// <value>R(q)ᵀ·(0, 0, 1); (0, 0, 1) while not aligned.</value>
    public Vector3 Up
    {
        get
        {
            var q = Orientation;
            if (!IsAligned)
            {
                return Vector3.UnitZ;
            }

            return new Vector3(
                2f * ((q.X * q.Z) - (q.W * q.Y)),
                2f * ((q.Y * q.Z) + (q.W * q.X)),
                (q.W * q.W) - (q.X * q.X) - (q.Y * q.Y) + (q.Z * q.Z));
        }
    }
}
