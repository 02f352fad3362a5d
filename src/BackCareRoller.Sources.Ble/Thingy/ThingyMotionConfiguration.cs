using System.Buffers.Binary;

namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>
/// The Thingy:52 motion configuration characteristic (ble_tms_config_t, packed, 9 bytes): step-counter,
/// temperature-compensation and compass-compensation intervals in ms, motion processing frequency in Hz (which
/// is also the raw data notification rate), and wake-on-motion.
/// </summary>
/// <param name="PedometerIntervalMilliseconds">Step counter interval, 100–5000 ms.</param>
/// <param name="TemperatureIntervalMilliseconds">Temperature compensation interval, 100–5000 ms.</param>
/// <param name="CompassIntervalMilliseconds">Magnetometer compensation interval, 100–1000 ms.</param>
/// <param name="MotionFrequencyHz">Motion processing frequency, 5–200 Hz.</param>
/// <param name="WakeOnMotion">Wake on motion, 0 or 1.</param>
public readonly record struct ThingyMotionConfiguration(
    ushort PedometerIntervalMilliseconds,
    ushort TemperatureIntervalMilliseconds,
    ushort CompassIntervalMilliseconds,
    ushort MotionFrequencyHz,
    byte WakeOnMotion)
{
    /// <summary>Bytes of the value.</summary>
    public const int Size = 9;

    /// <summary>Lowest motion processing frequency the firmware accepts (BLE_TMS_CONFIG_MPUF_MIN).</summary>
    public const int MinMotionFrequencyHz = 5;

    /// <summary>Highest motion processing frequency the firmware accepts (BLE_TMS_CONFIG_MPUF_MAX).</summary>
    public const int MaxMotionFrequencyHz = 200;

    /// <summary>Decodes the characteristic value.</summary>
    /// <param name="value">The bytes read.</param>
    /// <param name="configuration">The configuration when the value is long enough.</param>
    /// <returns>Whether <paramref name="value"/> holds at least <see cref="Size"/> bytes.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> value, out ThingyMotionConfiguration configuration)
    {
        if (value.Length < Size)
        {
            configuration = default;
            return false;
        }

        configuration = new ThingyMotionConfiguration(
            BinaryPrimitives.ReadUInt16LittleEndian(value),
            BinaryPrimitives.ReadUInt16LittleEndian(value[2..]),
            BinaryPrimitives.ReadUInt16LittleEndian(value[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(value[6..]),
            value[8]);
        return true;
    }

    /// <summary>Encodes the value.</summary>
    /// <param name="destination">At least <see cref="Size"/> bytes.</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns>Whether <paramref name="destination"/> was large enough.</returns>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < Size)
        {
            return false;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(destination, PedometerIntervalMilliseconds);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], TemperatureIntervalMilliseconds);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[4..], CompassIntervalMilliseconds);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[6..], MotionFrequencyHz);
        destination[8] = WakeOnMotion;
        written = Size;
        return true;
    }
}
