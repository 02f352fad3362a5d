using BackCareRoller.Protocol.Control;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Control;

public sealed class ControlResponseTests
{
    [Property(MaxTest = 500)]
    public void TryDecode_OfTryWrite_ReturnsTheSameResponse(byte opcode, byte token, byte result)
    {
        var response = new ControlResponse((ControlOpcode)opcode, token, (ControlResult)result);
        var buffer = new byte[PacketLayout.ResponseSize];
        Assert.True(response.TryWrite(buffer, out var written));

        Assert.Equal(DecodeStatus.Ok, ControlResponse.TryDecode(buffer.AsSpan(0, written), out var decoded));
        Assert.Equal(response, decoded);
    }

    [Property(MaxTest = 2000)]
    public void TryDecode_RandomBytes_NeverThrowsAndOkOnlyWithResponseCode(byte[] bytes)
    {
        var status = ControlResponse.TryDecode(bytes, out _);

        Assert.Equal(bytes.Length >= PacketLayout.ResponseSize && bytes[0] == PacketLayout.ResponseCode, status == DecodeStatus.Ok);
    }

    [Theory]
    [InlineData(DecodeStatus.Ok, ControlResult.Success)]
    [InlineData(DecodeStatus.UnknownOpcode, ControlResult.OpcodeNotSupported)]
    [InlineData(DecodeStatus.TooShort, ControlResult.InvalidParameter)]
    [InlineData(DecodeStatus.TrailingBytes, ControlResult.InvalidParameter)]
    [InlineData(DecodeStatus.InvalidValue, ControlResult.InvalidParameter)]
    public void ResultForDecodeStatus_CommandStatus_MapsToSpecResult(DecodeStatus status, ControlResult expected)
    {
        Assert.Equal(expected, ControlResponse.ResultForDecodeStatus(status));
    }

    [Fact]
    public void ForRejectedCommand_UnknownOpcode_EchoesOpcodeAndToken()
    {
        byte[] command = [0x7F, 42];
        var status = ControlCommand.TryDecode(command, out _);

        var response = ControlResponse.ForRejectedCommand(command, status);

        Assert.Equal(new ControlResponse((ControlOpcode)0x7F, 42, ControlResult.OpcodeNotSupported), response);
    }

    [Fact]
    public void ForRejectedCommand_EmptyWrite_AnswersWithZeroOpcodeAndToken()
    {
        var response = ControlResponse.ForRejectedCommand([], DecodeStatus.TooShort);

        Assert.Equal(new ControlResponse(ControlOpcode.None, 0, ControlResult.InvalidParameter), response);
        Assert.False(response.IsSuccess);
    }
}
