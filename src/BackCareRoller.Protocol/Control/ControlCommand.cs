using System.Buffers.Binary;

namespace BackCareRoller.Protocol.Control;

/// <summary>
/// A control point command (host to device, write with response; SPEC.md section 6). Only the parameter of
/// <see cref="Opcode"/> is set, the others are zero: build commands with the static factories.
/// </summary>
public readonly record struct ControlCommand
{
    /// <summary>Gets the opcode.</summary>
    public ControlOpcode Opcode { get; init; }

    /// <summary>Gets the token the device echoes in its response, so the host can match the two.</summary>
    public byte Token { get; init; }

    /// <summary>Gets the sample rate of <see cref="ControlOpcode.SetSampleRate"/>, Hz.</summary>
    public ushort SampleRateHz { get; init; }

    /// <summary>Gets the averaging time of <see cref="ControlOpcode.ZeroGyro"/>, ms (0 = device default 1000).</summary>
    public ushort ZeroGyroMilliseconds { get; init; }

    /// <summary>Gets the duration of <see cref="ControlOpcode.Identify"/>, s (0 = device default 3).</summary>
    public byte IdentifySeconds { get; init; }

    /// <summary>Gets the pattern of <see cref="ControlOpcode.HapticPulse"/>.</summary>
    public HapticPattern Haptic { get; init; }

    /// <summary>Builds a start-streaming command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <returns>The command.</returns>
    public static ControlCommand StartStreaming(byte token) => new() { Opcode = ControlOpcode.StartStreaming, Token = token };

    /// <summary>Builds a stop-streaming command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <returns>The command.</returns>
    public static ControlCommand StopStreaming(byte token) => new() { Opcode = ControlOpcode.StopStreaming, Token = token };

    /// <summary>Builds a set-sample-rate command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <param name="sampleRateHz">Sample rate, 1 to 1000 Hz.</param>
    /// <returns>The command.</returns>
    public static ControlCommand SetSampleRate(byte token, ushort sampleRateHz) =>
        new() { Opcode = ControlOpcode.SetSampleRate, Token = token, SampleRateHz = sampleRateHz };

    /// <summary>Builds a zero-gyro command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <param name="milliseconds">Averaging time, 100 to 10000 ms, or 0 for the device default.</param>
    /// <returns>The command.</returns>
    public static ControlCommand ZeroGyro(byte token, ushort milliseconds) =>
        new() { Opcode = ControlOpcode.ZeroGyro, Token = token, ZeroGyroMilliseconds = milliseconds };

    /// <summary>Builds an identify command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <param name="seconds">Duration, up to 60 s, or 0 for the device default.</param>
    /// <returns>The command.</returns>
    public static ControlCommand Identify(byte token, byte seconds) =>
        new() { Opcode = ControlOpcode.Identify, Token = token, IdentifySeconds = seconds };

    /// <summary>Builds a haptic-pulse command.</summary>
    /// <param name="token">Token echoed in the response.</param>
    /// <param name="pattern">The pattern to play.</param>
    /// <returns>The command.</returns>
    public static ControlCommand HapticPulse(byte token, HapticPattern pattern) =>
        new() { Opcode = ControlOpcode.HapticPulse, Token = token, Haptic = pattern };

    /// <summary>Parameter bytes after the header for <paramref name="opcode"/>, or -1 if the opcode is unknown.</summary>
    /// <param name="opcode">The opcode.</param>
    /// <returns>The parameter size in bytes.</returns>
    public static int ParametersSize(ControlOpcode opcode) => opcode switch
    {
        ControlOpcode.StartStreaming or ControlOpcode.StopStreaming => 0,
        ControlOpcode.SetSampleRate => PacketLayout.SetSampleRateParametersSize,
        ControlOpcode.ZeroGyro => PacketLayout.ZeroGyroParametersSize,
        ControlOpcode.Identify => PacketLayout.IdentifyParametersSize,
        ControlOpcode.HapticPulse => PacketLayout.HapticPulseParametersSize,
        _ => -1,
    };

    /// <summary>Checks the opcode and the parameter ranges of SPEC.md section 6; parameters of other opcodes must be zero.</summary>
    /// <returns><see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.UnknownOpcode"/> or <see cref="DecodeStatus.InvalidValue"/>.</returns>
    public DecodeStatus Validate()
    {
        if (ParametersSize(Opcode) < 0)
        {
            return DecodeStatus.UnknownOpcode;
        }

        var othersZero = (Opcode == ControlOpcode.SetSampleRate || SampleRateHz == 0)
            && (Opcode == ControlOpcode.ZeroGyro || ZeroGyroMilliseconds == 0)
            && (Opcode == ControlOpcode.Identify || IdentifySeconds == 0)
            && (Opcode == ControlOpcode.HapticPulse || Haptic == default);
        var parameterValid = Opcode switch
        {
            ControlOpcode.SetSampleRate => SampleRateHz is >= PacketLayout.SampleRateMinHz and <= PacketLayout.SampleRateMaxHz,
            ControlOpcode.ZeroGyro => ZeroGyroMilliseconds == 0 || ZeroGyroMilliseconds is >= PacketLayout.ZeroGyroMinMs and <= PacketLayout.ZeroGyroMaxMs,
            ControlOpcode.Identify => IdentifySeconds <= PacketLayout.IdentifyMaxS,
            ControlOpcode.HapticPulse => Haptic.IsValid,
            _ => true,
        };
        return othersZero && parameterValid ? DecodeStatus.Ok : DecodeStatus.InvalidValue;
    }

    /// <summary>Decodes a command (device side): the parameter length must match the opcode exactly.</summary>
    /// <param name="value">The written value.</param>
    /// <param name="result">The command when the status is <see cref="DecodeStatus.Ok"/>; otherwise default.</param>
    /// <returns>
    /// <see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.TooShort"/>, <see cref="DecodeStatus.UnknownOpcode"/>,
    /// <see cref="DecodeStatus.TrailingBytes"/> or <see cref="DecodeStatus.InvalidValue"/>.
    /// </returns>
    public static DecodeStatus TryDecode(ReadOnlySpan<byte> value, out ControlCommand result)
    {
        result = default;
        if (value.Length < PacketLayout.CommandHeaderSize)
        {
            return DecodeStatus.TooShort;
        }

        var opcode = (ControlOpcode)value[PacketLayout.CommandOffsetOpcode];
        var parametersSize = ParametersSize(opcode);
        if (parametersSize < 0)
        {
            return DecodeStatus.UnknownOpcode;
        }

        var size = PacketLayout.CommandHeaderSize + parametersSize;
        if (value.Length != size)
        {
            return value.Length < size ? DecodeStatus.TooShort : DecodeStatus.TrailingBytes;
        }

        var token = value[PacketLayout.CommandOffsetToken];
        var parameters = value[PacketLayout.CommandOffsetParameters..];
        var decoded = opcode switch
        {
            ControlOpcode.SetSampleRate => SetSampleRate(token, BinaryPrimitives.ReadUInt16LittleEndian(parameters)),
            ControlOpcode.ZeroGyro => ZeroGyro(token, BinaryPrimitives.ReadUInt16LittleEndian(parameters)),
            ControlOpcode.Identify => Identify(token, parameters[0]),
            ControlOpcode.HapticPulse => HapticPulse(token, new HapticPattern(
                parameters[0],
                parameters[1],
                BinaryPrimitives.ReadUInt16LittleEndian(parameters[2..]),
                BinaryPrimitives.ReadUInt16LittleEndian(parameters[4..]))),
            _ => new ControlCommand { Opcode = opcode, Token = token },
        };
        var status = decoded.Validate();
        if (status == DecodeStatus.Ok)
        {
            result = decoded;
        }

        return status;
    }

    /// <summary>Encodes the command.</summary>
    /// <param name="destination">Where the command is written (at most <see cref="PacketLayout.CommandMaxSize"/> bytes).</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns><see langword="false"/> if the command is invalid (see <see cref="Validate"/>) or <paramref name="destination"/> is too small.</returns>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (Validate() != DecodeStatus.Ok)
        {
            return false;
        }

        var size = PacketLayout.CommandHeaderSize + ParametersSize(Opcode);
        if (destination.Length < size)
        {
            return false;
        }

        destination[PacketLayout.CommandOffsetOpcode] = (byte)Opcode;
        destination[PacketLayout.CommandOffsetToken] = Token;
        var parameters = destination[PacketLayout.CommandOffsetParameters..];
        switch (Opcode)
        {
            case ControlOpcode.SetSampleRate:
                BinaryPrimitives.WriteUInt16LittleEndian(parameters, SampleRateHz);
                break;
            case ControlOpcode.ZeroGyro:
                BinaryPrimitives.WriteUInt16LittleEndian(parameters, ZeroGyroMilliseconds);
                break;
            case ControlOpcode.Identify:
                parameters[0] = IdentifySeconds;
                break;
            case ControlOpcode.HapticPulse:
                parameters[0] = Haptic.IntensityPercent;
                parameters[1] = Haptic.PulseCount;
                BinaryPrimitives.WriteUInt16LittleEndian(parameters[2..], Haptic.OnMilliseconds);
                BinaryPrimitives.WriteUInt16LittleEndian(parameters[4..], Haptic.OffMilliseconds);
                break;
            default:
                break;
        }

        written = size;
        return true;
    }
}
