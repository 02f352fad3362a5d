using BackCareRoller.Protocol.Control;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Control;

public sealed class ControlCommandTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void TryDecode_OfTryWrite_ReturnsTheSameCommand(ControlCommand command)
    {
        var buffer = new byte[PacketLayout.CommandMaxSize];
        Assert.True(command.TryWrite(buffer, out var written));

        Assert.Equal(DecodeStatus.Ok, ControlCommand.TryDecode(buffer.AsSpan(0, written), out var decoded));
        Assert.Equal(command, decoded);
        Assert.Equal(PacketLayout.CommandHeaderSize + ControlCommand.ParametersSize(command.Opcode), written);
    }

    [Property(MaxTest = 2000)]
    public void TryDecode_RandomBytes_NeverThrowsAndOkOnlyWhenValid(byte[] bytes)
    {
        var status = ControlCommand.TryDecode(bytes, out var decoded);

        Assert.True(status == DecodeStatus.Ok ? decoded.Validate() == DecodeStatus.Ok : decoded == default);
    }

    [Fact]
    public void TryWrite_ParameterOfAnotherOpcode_ReturnsFalse()
    {
        var command = ControlCommand.StartStreaming(1) with { SampleRateHz = 100 };

        Assert.Equal(DecodeStatus.InvalidValue, command.Validate());
        Assert.False(command.TryWrite(new byte[PacketLayout.CommandMaxSize], out _));
    }

    [Fact]
    public void TryWrite_DestinationOneByteShort_ReturnsFalse()
    {
        var command = ControlCommand.HapticPulse(1, new HapticPattern(100, 3, 200, 100));

        Assert.False(command.TryWrite(new byte[PacketLayout.CommandMaxSize - 1], out _));
    }

    [Fact]
    public void TryWrite_UnknownOpcode_ReturnsFalse()
    {
        var command = new ControlCommand { Opcode = (ControlOpcode)0x7F, Token = 1 };

        Assert.Equal(DecodeStatus.UnknownOpcode, command.Validate());
        Assert.False(command.TryWrite(new byte[PacketLayout.CommandMaxSize], out _));
    }

    public static class Arbitraries
    {
        public static Arbitrary<ControlCommand> Commands()
        {
            var haptic =
                from intensity in Gen.Choose(1, PacketLayout.HapticMaxIntensityPercent)
                from count in Gen.Choose(1, PacketLayout.HapticMaxPulseCount)
                from onMs in Gen.Choose(PacketLayout.HapticMinOnMs, PacketLayout.HapticMaxOnMs)
                from offMs in Gen.Choose(0, PacketLayout.HapticMaxOffMs)
                select new HapticPattern((byte)intensity, (byte)count, (ushort)onMs, (ushort)offMs);
            var zeroGyro = Gen.OneOf(Gen.Constant(0), Gen.Choose(PacketLayout.ZeroGyroMinMs, PacketLayout.ZeroGyroMaxMs));
            var command =
                from token in Gen.Choose(0, 255).Select(value => (byte)value)
                from built in Gen.OneOf(
                    Gen.Constant(ControlCommand.StartStreaming(token)),
                    Gen.Constant(ControlCommand.StopStreaming(token)),
                    Gen.Choose(PacketLayout.SampleRateMinHz, PacketLayout.SampleRateMaxHz).Select(hz => ControlCommand.SetSampleRate(token, (ushort)hz)),
                    zeroGyro.Select(ms => ControlCommand.ZeroGyro(token, (ushort)ms)),
                    Gen.Choose(0, PacketLayout.IdentifyMaxS).Select(s => ControlCommand.Identify(token, (byte)s)),
                    haptic.Select(pattern => ControlCommand.HapticPulse(token, pattern)))
                select built;
            return Arb.From(command);
        }
    }
}
