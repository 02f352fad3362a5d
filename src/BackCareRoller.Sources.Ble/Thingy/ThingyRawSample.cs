using System.Buffers.Binary;
using BackCareRoller.Protocol.Imu;

namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>
/// One value of the Thingy:52 raw data characteristic: nine little-endian int16, accelerometer x, y, z in Q6.10 g,
/// gyroscope x, y, z in Q11.5 °/s, compass x, y, z in Q12.4 µT. The firmware (m_motion.c) takes the MPU-9250's
/// 16Q16 values and shifts them right by 6, 11 and 12 bits, clamping at the integer range first.
/// </summary>
/// <param name="Accelerometer">Raw accelerometer counts, 1024 per g.</param>
/// <param name="Gyroscope">Raw gyroscope counts, 32 per °/s.</param>
/// <param name="Compass">Raw compass counts, 16 per µT.</param>
public readonly record struct ThingyRawSample(RawAxes Accelerometer, RawAxes Gyroscope, RawAxes Compass)
{
    /// <summary>Bytes of one raw data value.</summary>
    public const int Size = 18;

    /// <summary>Accelerometer counts per g (Q6.10: 10 fractional bits).</summary>
    public const double AccelerometerCountsPerG = 1 << 10;

    /// <summary>Gyroscope counts per degree per second (Q11.5: 5 fractional bits).</summary>
    public const double GyroscopeCountsPerDegreePerSecond = 1 << 5;

    /// <summary>Compass counts per microtesla (Q12.4: 4 fractional bits).</summary>
    public const double CompassCountsPerMicrotesla = 1 << 4;

    /// <summary>Standard gravity, m/s² (the accelerometer's unit "g").</summary>
    public const double StandardGravity = 9.80665;

    /// <summary>Gets the acceleration in g.</summary>
    public (double X, double Y, double Z) AccelerationG => (Accelerometer.X / AccelerometerCountsPerG, Accelerometer.Y / AccelerometerCountsPerG, Accelerometer.Z / AccelerometerCountsPerG);

    /// <summary>Gets the angular rate in °/s.</summary>
    public (double X, double Y, double Z) AngularRateDps => (Gyroscope.X / GyroscopeCountsPerDegreePerSecond, Gyroscope.Y / GyroscopeCountsPerDegreePerSecond, Gyroscope.Z / GyroscopeCountsPerDegreePerSecond);

    /// <summary>Gets the magnetic field in µT.</summary>
    public (double X, double Y, double Z) MagneticFieldMicrotesla => (Compass.X / CompassCountsPerMicrotesla, Compass.Y / CompassCountsPerMicrotesla, Compass.Z / CompassCountsPerMicrotesla);

    /// <summary>Gets the accelerometer scale in m/s² per count.</summary>
    public static float AccelerometerLsbScale => (float)(StandardGravity / AccelerometerCountsPerG);

    /// <summary>Gets the gyroscope scale in rad/s per count.</summary>
    public static float GyroscopeLsbScale => (float)(Math.PI / 180.0 / GyroscopeCountsPerDegreePerSecond);

    /// <summary>Decodes a raw data value, which is exactly <see cref="Size"/> bytes (anything else is corrupt).</summary>
    /// <param name="value">The notified bytes.</param>
    /// <param name="sample">The sample when the value has the right length.</param>
    /// <returns>Whether <paramref name="value"/> is exactly <see cref="Size"/> bytes.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> value, out ThingyRawSample sample)
    {
        if (value.Length != Size)
        {
            sample = default;
            return false;
        }

        sample = new ThingyRawSample(Axes(value[0..6]), Axes(value[6..12]), Axes(value[12..18]));
        return true;
    }

    /// <summary>Returns the accelerometer and gyroscope counts as a protocol sample (compass dropped).</summary>
    /// <returns>The sample, to be scaled with <see cref="AccelerometerLsbScale"/> and <see cref="GyroscopeLsbScale"/>.</returns>
    public RawImuSample ToImuSample() =>
        new(Accelerometer.X, Accelerometer.Y, Accelerometer.Z, Gyroscope.X, Gyroscope.Y, Gyroscope.Z);

    private static RawAxes Axes(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadInt16LittleEndian(bytes),
        BinaryPrimitives.ReadInt16LittleEndian(bytes[2..]),
        BinaryPrimitives.ReadInt16LittleEndian(bytes[4..]));
}
