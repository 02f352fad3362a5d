using System.Buffers.Binary;
using System.Numerics;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Storage.Sql;

/// <summary>
/// Packs the long series (10 Hz speed, raw samples) into little-endian blobs: a 2-hour session's 72,000 speed readings
/// are 864 kB in one row instead of 72,000 rows, which keeps saving well under a second.
/// </summary>
internal static class SeriesBlobs
{
    public const int SpeedReadingSize = sizeof(long) + sizeof(float);

    public const int RawSampleSize = sizeof(long) + sizeof(byte) + (6 * sizeof(float));

    public static byte[] PackSpeed(IReadOnlyList<SpeedReading> readings, int start, int count)
    {
        var blob = new byte[count * SpeedReadingSize];
        var span = blob.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var reading = readings[start + i];
            var slot = span.Slice(i * SpeedReadingSize, SpeedReadingSize);
            BinaryPrimitives.WriteInt64LittleEndian(slot, reading.Time.Ticks);

            // float32 keeps 7 digits: far finer than the speed estimate's own error.
            BinaryPrimitives.WriteSingleLittleEndian(slot[sizeof(long)..], (float)reading.SpeedMetersPerSecond);
        }

        return blob;
    }

    public static void UnpackSpeed(ReadOnlySpan<byte> blob, List<SpeedReading> into)
    {
        if (blob.Length % SpeedReadingSize != 0)
        {
            throw new InvalidDataException($"A speed chunk of {blob.Length} bytes is not a whole number of {SpeedReadingSize}-byte readings.");
        }

        for (var offset = 0; offset < blob.Length; offset += SpeedReadingSize)
        {
            var slot = blob.Slice(offset, SpeedReadingSize);
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(slot);
            var speed = BinaryPrimitives.ReadSingleLittleEndian(slot[sizeof(long)..]);
            into.Add(new SpeedReading(TimeSpan.FromTicks(ticks), speed));
        }
    }

    public static byte[] PackSamples(ReadOnlySpan<ImuSample> samples)
    {
        var blob = new byte[samples.Length * RawSampleSize];
        var span = blob.AsSpan();
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples[i];
            var slot = span.Slice(i * RawSampleSize, RawSampleSize);
            BinaryPrimitives.WriteInt64LittleEndian(slot, sample.Time.Ticks);
            slot[8] = (byte)sample.Sensor;
            WriteVector(slot[9..], sample.Acceleration);
            WriteVector(slot[21..], sample.AngularVelocity);
        }

        return blob;
    }

    public static void UnpackSamples(ReadOnlySpan<byte> blob, List<ImuSample> into)
    {
        if (blob.Length % RawSampleSize != 0)
        {
            throw new InvalidDataException($"A raw-sample chunk of {blob.Length} bytes is not a whole number of {RawSampleSize}-byte samples.");
        }

        for (var offset = 0; offset < blob.Length; offset += RawSampleSize)
        {
            var slot = blob.Slice(offset, RawSampleSize);
            var ticks = BinaryPrimitives.ReadInt64LittleEndian(slot);
            var sensor = (SensorRole)slot[8];
            into.Add(new ImuSample(TimeSpan.FromTicks(ticks), sensor, ReadVector(slot[9..]), ReadVector(slot[21..])));
        }
    }

    private static void WriteVector(Span<byte> destination, Vector3 value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(destination, value.X);
        BinaryPrimitives.WriteSingleLittleEndian(destination[4..], value.Y);
        BinaryPrimitives.WriteSingleLittleEndian(destination[8..], value.Z);
    }

    private static Vector3 ReadVector(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadSingleLittleEndian(source),
        BinaryPrimitives.ReadSingleLittleEndian(source[4..]),
        BinaryPrimitives.ReadSingleLittleEndian(source[8..]));
}
