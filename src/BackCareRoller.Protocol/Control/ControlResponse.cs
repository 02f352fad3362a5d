namespace BackCareRoller.Protocol.Control;

/// <summary>A control point response (device to host, indication; SPEC.md section 6.3).</summary>
/// <param name="RequestOpcode">Opcode of the command answered.</param>
/// <param name="Token">Token of the command answered.</param>
/// <param name="Result">What happened; a host treats codes it does not know as failures.</param>
public readonly record struct ControlResponse(ControlOpcode RequestOpcode, byte Token, ControlResult Result)
{
    /// <summary>Gets a value indicating whether the command was carried out.</summary>
    public bool IsSuccess => Result == ControlResult.Success;

    /// <summary>The result a device sends for a command that decoded with <paramref name="status"/> (<c>BcrControlResultForDecodeStatus</c>).</summary>
    /// <param name="status">The command's decode status.</param>
    /// <returns><see cref="ControlResult.Success"/> for Ok, <see cref="ControlResult.OpcodeNotSupported"/> for an unknown opcode, else <see cref="ControlResult.InvalidParameter"/>.</returns>
    public static ControlResult ResultForDecodeStatus(DecodeStatus status) => status switch
    {
        DecodeStatus.Ok => ControlResult.Success,
        DecodeStatus.UnknownOpcode => ControlResult.OpcodeNotSupported,
        _ => ControlResult.InvalidParameter,
    };

    /// <summary>The response a device sends to a written value that did not decode (SPEC.md section 6.3).</summary>
    /// <param name="command">The written bytes.</param>
    /// <param name="status">Their decode status.</param>
    /// <returns>A response echoing the opcode and token bytes when present (0 otherwise).</returns>
    public static ControlResponse ForRejectedCommand(ReadOnlySpan<byte> command, DecodeStatus status) => new(
        command.Length > PacketLayout.CommandOffsetOpcode ? (ControlOpcode)command[PacketLayout.CommandOffsetOpcode] : ControlOpcode.None,
        command.Length > PacketLayout.CommandOffsetToken ? command[PacketLayout.CommandOffsetToken] : (byte)0,
        ResultForDecodeStatus(status));

    /// <summary>Decodes a response (host side); bytes after the 1.0 fields (a later minor's data) are ignored.</summary>
    /// <param name="value">The indicated value.</param>
    /// <param name="result">The response when the status is <see cref="DecodeStatus.Ok"/>; otherwise default.</param>
    /// <returns><see cref="DecodeStatus.Ok"/>, <see cref="DecodeStatus.TooShort"/> or <see cref="DecodeStatus.UnknownOpcode"/> (first byte is not 0x80).</returns>
    public static DecodeStatus TryDecode(ReadOnlySpan<byte> value, out ControlResponse result)
    {
        result = default;
        if (value.Length < PacketLayout.ResponseSize)
        {
            return DecodeStatus.TooShort;
        }

        if (value[PacketLayout.ResponseOffsetCode] != PacketLayout.ResponseCode)
        {
            return DecodeStatus.UnknownOpcode;
        }

        result = new ControlResponse(
            (ControlOpcode)value[PacketLayout.ResponseOffsetRequestOpcode],
            value[PacketLayout.ResponseOffsetToken],
            (ControlResult)value[PacketLayout.ResponseOffsetResult]);
        return DecodeStatus.Ok;
    }

    /// <summary>Encodes the 1.0 response (<see cref="PacketLayout.ResponseSize"/> bytes).</summary>
    /// <param name="destination">Where the response is written.</param>
    /// <param name="written">Bytes written, or 0.</param>
    /// <returns><see langword="false"/> if <paramref name="destination"/> is too small.</returns>
    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = 0;
        if (destination.Length < PacketLayout.ResponseSize)
        {
            return false;
        }

        destination[PacketLayout.ResponseOffsetCode] = PacketLayout.ResponseCode;
        destination[PacketLayout.ResponseOffsetRequestOpcode] = (byte)RequestOpcode;
        destination[PacketLayout.ResponseOffsetToken] = Token;
        destination[PacketLayout.ResponseOffsetResult] = (byte)Result;
        written = PacketLayout.ResponseSize;
        return true;
    }
}
