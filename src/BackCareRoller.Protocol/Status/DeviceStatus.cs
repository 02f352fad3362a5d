using System.Buffers.Binary;

namespace BackCareRoller.Protocol.Status;

/// <summary>The status characteristic (read, notify; SPEC.md section 7).</summary>
/// <param name="BatteryPercent">Battery charge 0 to 100 %, or <see cref="PacketLayout.BatteryUnknown"/>.</param>
/// <param name="Flags">Status flags.</param>
/// <param name="SensorFault">IMU fault code; <see cref="SensorFault.None"/> exactly when the flag is clear.</param>
/// <param name="DroppedSamples">Samples lost on the device since streaming started, saturating at 65535.</param>
public readonly record struct DeviceStatus(byte BatteryPercent, DeviceStatusFlags Flags, SensorFault SensorFault, ushort DroppedSamples)
{
    /// <summary>Gets a value indicating whether the battery charge was measured.</summary>
    public bool IsBatteryKnown => BatteryPercent != PacketLayout.BatteryUnknown;

    /// <summary>Checks the ranges of SPEC.md section 7; the decoder and the encoder both apply it.</summary>
    /// <returns><see cref="DecodeStatus.Ok"/> or <see cref="DecodeStatus.InvalidValue"/>.</returns>
    public DecodeStatus Validate()
    {
        var batteryValid = BatteryPercent <= 100 || BatteryPercent == PacketLayout.BatteryUnknown;
        var faultConsistent = Flags.HasFlag(DeviceStatusFlags.SensorFault) == (SensorFault != SensorFault.None);
        return batteryValid && faultConsistent ? DecodeStatus.Ok : DecodeStatus.InvalidValue;
    }

    /// <summary>Decodes a status value; bytes after the 1.0 fields (a later minor's) are ignored.</summary>
    /// <param name="value">The characteristic value.</param>
    /// <param name="result">The status when the decode status is <see cref="DecodeStatus.Ok"/>; otherwise default.</param>
    /// <returns><see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.TooShort"/> or <see cref="DecodeStatus.InvalidValue"/>.</returns>
    public static DecodeStatus TryDecode(ReadOnlySpan<byte> value, out DeviceStatus result)
    {
        result = default;
        if (value.Length < PacketLayout.StatusSize)
        {
            return DecodeStatus.TooShort;
        }

        var decoded = new DeviceStatus(
            value[PacketLayout.StatusOffsetBattery],
            (DeviceStatusFlags)value[PacketLayout.StatusOffsetFlags],
            (SensorFault)value[PacketLayout.StatusOffsetSensorFault],
            BinaryPrimitives.ReadUInt16LittleEndian(value[PacketLayout.StatusOffsetDroppedSamples..]));
        var status = decoded.Validate();
        if (status == DecodeStatus.Ok)
        {
            result = decoded;
        }

        return status;
    }

    /// <summary>Encodes the 1.0 value (<see cref="PacketLayout.StatusSize"/> bytes).</summary>
    /// <param name="destination">Where the value is written.</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns><see langword="false"/> if a field is invalid (see <see cref="Validate"/>) or <paramref name="destination"/> is too small.</returns>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < PacketLayout.StatusSize || Validate() != DecodeStatus.Ok)
        {
            return false;
        }

        destination[PacketLayout.StatusOffsetBattery] = BatteryPercent;
        destination[PacketLayout.StatusOffsetFlags] = (byte)Flags;
        destination[PacketLayout.StatusOffsetSensorFault] = (byte)SensorFault;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.StatusOffsetDroppedSamples..], DroppedSamples);
        written = PacketLayout.StatusSize;
        return true;
    }
}
