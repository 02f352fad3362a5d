using System.Buffers.Binary;

namespace BackCareRoller.Protocol.Configuration;

/// <summary>The device configuration characteristic (read; SPEC.md section 5): versions, sample rate, scales and geometry.</summary>
public readonly record struct DeviceConfiguration
{
    /// <summary>Gets the protocol major version; only <see cref="PacketLayout.ProtocolVersionMajor"/> is valid.</summary>
    public byte ProtocolVersionMajor { get; init; }

    /// <summary>Gets the protocol minor version; a later minor only adds (SPEC.md section 9).</summary>
    public byte ProtocolVersionMinor { get; init; }

    /// <summary>Gets the firmware major version.</summary>
    public byte FirmwareMajor { get; init; }

    /// <summary>Gets the firmware minor version.</summary>
    public byte FirmwareMinor { get; init; }

    /// <summary>Gets the firmware patch version.</summary>
    public ushort FirmwarePatch { get; init; }

    /// <summary>Gets the current sample rate in Hz, 1 to 1000.</summary>
    public ushort SampleRateHz { get; init; }

    /// <summary>Gets the accelerometer full scale: the range is ± this many g; at least 1.</summary>
    public byte AccelerometerFullScaleG { get; init; }

    /// <summary>Gets the frame of the IMU axes.</summary>
    public AxisConvention AxisConvention { get; init; }

    /// <summary>Gets the gyroscope full scale: the range is ± this many degrees per second; at least 1.</summary>
    public ushort GyroscopeFullScaleDps { get; init; }

    /// <summary>Gets the accelerometer scale in m/s² per LSB (gravity included); finite and positive.</summary>
    public float AccelerometerLsbScale { get; init; }

    /// <summary>Gets the gyroscope scale in rad/s per LSB; finite and positive.</summary>
    public float GyroscopeLsbScale { get; init; }

    /// <summary>Gets the roller diameter in mm, 0 if unknown.</summary>
    public ushort RollerDiameterMillimetres { get; init; }

    /// <summary>Gets the distance from the roller axis to the IMU in mm, 0 if on the axis or unknown.</summary>
    public byte SensorOffsetMillimetres { get; init; }

    /// <summary>Gets the optional hardware present.</summary>
    public DeviceCapabilities Capabilities { get; init; }

    /// <summary>Gets a value indicating whether the axes follow a convention this library knows (else the mount is unknown).</summary>
    public bool HasKnownAxisConvention => AxisConvention == AxisConvention.RollerX;

    /// <summary>Checks the ranges of SPEC.md section 5; the decoder and the encoder both apply it.</summary>
    /// <returns><see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.UnsupportedVersion"/> or <see cref="DecodeStatus.InvalidValue"/>.</returns>
    public DecodeStatus Validate()
    {
        if (ProtocolVersionMajor != PacketLayout.ProtocolVersionMajor)
        {
            return DecodeStatus.UnsupportedVersion;
        }

        var valid = SampleRateHz is >= PacketLayout.SampleRateMinHz and <= PacketLayout.SampleRateMaxHz
            && AccelerometerFullScaleG > 0
            && GyroscopeFullScaleDps > 0
            && float.IsFinite(AccelerometerLsbScale) && AccelerometerLsbScale > 0f
            && float.IsFinite(GyroscopeLsbScale) && GyroscopeLsbScale > 0f;
        return valid ? DecodeStatus.Ok : DecodeStatus.InvalidValue;
    }

    /// <summary>Decodes a configuration value; bytes after the 1.0 fields (a later minor's) are ignored.</summary>
    /// <param name="value">The characteristic value.</param>
    /// <param name="result">The configuration when the status is <see cref="DecodeStatus.Ok"/>; otherwise default.</param>
    /// <returns><see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.TooShort"/>, <see cref="DecodeStatus.UnsupportedVersion"/> or <see cref="DecodeStatus.InvalidValue"/>.</returns>
    public static DecodeStatus TryDecode(ReadOnlySpan<byte> value, out DeviceConfiguration result)
    {
        result = default;
        if (value.Length < PacketLayout.ConfigurationSize)
        {
            return DecodeStatus.TooShort;
        }

        var decoded = new DeviceConfiguration
        {
            ProtocolVersionMajor = value[PacketLayout.ConfigurationOffsetProtocolMajor],
            ProtocolVersionMinor = value[PacketLayout.ConfigurationOffsetProtocolMinor],
            FirmwareMajor = value[PacketLayout.ConfigurationOffsetFirmwareMajor],
            FirmwareMinor = value[PacketLayout.ConfigurationOffsetFirmwareMinor],
            FirmwarePatch = BinaryPrimitives.ReadUInt16LittleEndian(value[PacketLayout.ConfigurationOffsetFirmwarePatch..]),
            SampleRateHz = BinaryPrimitives.ReadUInt16LittleEndian(value[PacketLayout.ConfigurationOffsetSampleRate..]),
            AccelerometerFullScaleG = value[PacketLayout.ConfigurationOffsetAccelFullScale],
            AxisConvention = (AxisConvention)value[PacketLayout.ConfigurationOffsetAxisConvention],
            GyroscopeFullScaleDps = BinaryPrimitives.ReadUInt16LittleEndian(value[PacketLayout.ConfigurationOffsetGyroFullScale..]),
            AccelerometerLsbScale = BinaryPrimitives.ReadSingleLittleEndian(value[PacketLayout.ConfigurationOffsetAccelLsbScale..]),
            GyroscopeLsbScale = BinaryPrimitives.ReadSingleLittleEndian(value[PacketLayout.ConfigurationOffsetGyroLsbScale..]),
            RollerDiameterMillimetres = BinaryPrimitives.ReadUInt16LittleEndian(value[PacketLayout.ConfigurationOffsetRollerDiameter..]),
            SensorOffsetMillimetres = value[PacketLayout.ConfigurationOffsetSensorOffset],
            Capabilities = (DeviceCapabilities)value[PacketLayout.ConfigurationOffsetCapabilities],
        };
        var status = decoded.Validate();
        if (status == DecodeStatus.Ok)
        {
            result = decoded;
        }

        return status;
    }

    /// <summary>Encodes the 1.0 value (<see cref="PacketLayout.ConfigurationSize"/> bytes).</summary>
    /// <param name="destination">Where the value is written.</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns><see langword="false"/> if a field is invalid (see <see cref="Validate"/>) or <paramref name="destination"/> is too small.</returns>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < PacketLayout.ConfigurationSize || Validate() != DecodeStatus.Ok)
        {
            return false;
        }

        destination[PacketLayout.ConfigurationOffsetProtocolMajor] = ProtocolVersionMajor;
        destination[PacketLayout.ConfigurationOffsetProtocolMinor] = ProtocolVersionMinor;
        destination[PacketLayout.ConfigurationOffsetFirmwareMajor] = FirmwareMajor;
        destination[PacketLayout.ConfigurationOffsetFirmwareMinor] = FirmwareMinor;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.ConfigurationOffsetFirmwarePatch..], FirmwarePatch);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.ConfigurationOffsetSampleRate..], SampleRateHz);
        destination[PacketLayout.ConfigurationOffsetAccelFullScale] = AccelerometerFullScaleG;
        destination[PacketLayout.ConfigurationOffsetAxisConvention] = (byte)AxisConvention;
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.ConfigurationOffsetGyroFullScale..], GyroscopeFullScaleDps);
        BinaryPrimitives.WriteSingleLittleEndian(destination[PacketLayout.ConfigurationOffsetAccelLsbScale..], AccelerometerLsbScale);
        BinaryPrimitives.WriteSingleLittleEndian(destination[PacketLayout.ConfigurationOffsetGyroLsbScale..], GyroscopeLsbScale);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[PacketLayout.ConfigurationOffsetRollerDiameter..], RollerDiameterMillimetres);
        destination[PacketLayout.ConfigurationOffsetSensorOffset] = SensorOffsetMillimetres;
        destination[PacketLayout.ConfigurationOffsetCapabilities] = (byte)Capabilities;
        written = PacketLayout.ConfigurationSize;
        return true;
    }
}
