using System.Buffers.Binary;

namespace BackCareRoller.Protocol.Imu;

/// <summary>One IMU sample as the device sends it, in sensor LSB; scale it with <see cref="Samples.SampleScale"/>.</summary>
/// <param name="AccelerometerX">Accelerometer x, LSB.</param>
/// <param name="AccelerometerY">Accelerometer y, LSB.</param>
/// <param name="AccelerometerZ">Accelerometer z, LSB.</param>
/// <param name="GyroscopeX">Gyroscope x, LSB.</param>
/// <param name="GyroscopeY">Gyroscope y, LSB.</param>
/// <param name="GyroscopeZ">Gyroscope z, LSB.</param>
public readonly record struct RawImuSample(
    short AccelerometerX,
    short AccelerometerY,
    short AccelerometerZ,
    short GyroscopeX,
    short GyroscopeY,
    short GyroscopeZ)
{
    /// <summary>Reads a sample from <see cref="PacketLayout.ImuSampleSize"/> bytes the caller has bounds-checked.</summary>
    internal static RawImuSample Read(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetAccelX..]),
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetAccelY..]),
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetAccelZ..]),
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetGyroX..]),
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetGyroY..]),
        BinaryPrimitives.ReadInt16LittleEndian(source[PacketLayout.SampleOffsetGyroZ..]));

    /// <summary>Writes the sample into <see cref="PacketLayout.ImuSampleSize"/> bytes the caller has bounds-checked.</summary>
    internal void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetAccelX..], AccelerometerX);
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetAccelY..], AccelerometerY);
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetAccelZ..], AccelerometerZ);
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetGyroX..], GyroscopeX);
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetGyroY..], GyroscopeY);
        BinaryPrimitives.WriteInt16LittleEndian(destination[PacketLayout.SampleOffsetGyroZ..], GyroscopeZ);
    }
}
