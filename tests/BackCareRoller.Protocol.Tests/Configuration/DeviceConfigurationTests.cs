using BackCareRoller.Protocol.Configuration;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Configuration;

public sealed class DeviceConfigurationTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void TryDecode_OfTryWrite_ReturnsTheSameConfiguration(DeviceConfiguration configuration)
    {
        var buffer = new byte[PacketLayout.ConfigurationSize];
        Assert.True(configuration.TryWrite(buffer, out var written));

        Assert.Equal(DecodeStatus.Ok, DeviceConfiguration.TryDecode(buffer.AsSpan(0, written), out var decoded));
        Assert.Equal(configuration, decoded);
    }

    [Property(MaxTest = 2000)]
    public void TryDecode_RandomBytes_NeverThrowsAndOkOnlyWhenValid(byte[] bytes)
    {
        var status = DeviceConfiguration.TryDecode(bytes, out var decoded);

        Assert.True(status == DecodeStatus.Ok ? decoded.Validate() == DecodeStatus.Ok : decoded == default);
    }

    [Fact]
    public void TryWrite_InvalidSampleRate_ReturnsFalse()
    {
        var configuration = Reference() with { SampleRateHz = 0 };

        Assert.False(configuration.TryWrite(new byte[PacketLayout.ConfigurationSize], out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryWrite_DestinationOneByteShort_ReturnsFalse()
    {
        Assert.False(Reference().TryWrite(new byte[PacketLayout.ConfigurationSize - 1], out _));
    }

    [Theory]
    [InlineData(AxisConvention.RollerX, true)]
    [InlineData(AxisConvention.Unknown, false)]
    [InlineData((AxisConvention)9, false)]
    public void HasKnownAxisConvention_Convention_OnlyRollerXIsKnown(AxisConvention convention, bool known)
    {
        Assert.Equal(known, (Reference() with { AxisConvention = convention }).HasKnownAxisConvention);
    }

    internal static DeviceConfiguration Reference() => new()
    {
        ProtocolVersionMajor = PacketLayout.ProtocolVersionMajor,
        SampleRateHz = 100,
        AccelerometerFullScaleG = 4,
        AxisConvention = AxisConvention.RollerX,
        GyroscopeFullScaleDps = 500,
        AccelerometerLsbScale = 4 * 9.80665f / 32768,
        GyroscopeLsbScale = 500f / 32768 * MathF.PI / 180,
        RollerDiameterMillimetres = 150,
        Capabilities = DeviceCapabilities.Haptic,
    };

    public static class Arbitraries
    {
        public static Arbitrary<DeviceConfiguration> Configurations()
        {
            var scale = Gen.Choose(1, 1_000_000).Select(micro => micro * 1e-6f);
            var configuration =
                from minor in Gen.Choose(0, 255)
                from firmware in Gen.Choose(0, int.MaxValue)
                from rate in Gen.Choose(PacketLayout.SampleRateMinHz, PacketLayout.SampleRateMaxHz)
                from accelRange in Gen.Choose(1, 255)
                from gyroRange in Gen.Choose(1, ushort.MaxValue)
                from axis in Gen.Choose(0, 255)
                from accelScale in scale
                from gyroScale in scale
                from diameter in Gen.Choose(0, ushort.MaxValue)
                from offset in Gen.Choose(0, 255)
                from capabilities in Gen.Choose(0, 255)
                select new DeviceConfiguration
                {
                    ProtocolVersionMajor = PacketLayout.ProtocolVersionMajor,
                    ProtocolVersionMinor = (byte)minor,
                    FirmwareMajor = (byte)firmware,
                    FirmwareMinor = (byte)(firmware >> 8),
                    FirmwarePatch = (ushort)(firmware >> 16),
                    SampleRateHz = (ushort)rate,
                    AccelerometerFullScaleG = (byte)accelRange,
                    AxisConvention = (AxisConvention)axis,
                    GyroscopeFullScaleDps = (ushort)gyroRange,
                    AccelerometerLsbScale = accelScale,
                    GyroscopeLsbScale = gyroScale,
                    RollerDiameterMillimetres = (ushort)diameter,
                    SensorOffsetMillimetres = (byte)offset,
                    Capabilities = (DeviceCapabilities)capabilities,
                };
            return Arb.From(configuration);
        }
    }
}
