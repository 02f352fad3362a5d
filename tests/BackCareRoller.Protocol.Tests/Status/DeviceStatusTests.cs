using BackCareRoller.Protocol.Status;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Status;

public sealed class DeviceStatusTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void TryDecode_OfTryWrite_ReturnsTheSameStatus(DeviceStatus status)
    {
        var buffer = new byte[PacketLayout.StatusSize];
        Assert.True(status.TryWrite(buffer, out var written));

        Assert.Equal(DecodeStatus.Ok, DeviceStatus.TryDecode(buffer.AsSpan(0, written), out var decoded));
        Assert.Equal(status, decoded);
    }

    [Property(MaxTest = 2000)]
    public void TryDecode_RandomBytes_NeverThrowsAndOkOnlyWhenValid(byte[] bytes)
    {
        var status = DeviceStatus.TryDecode(bytes, out var decoded);

        Assert.True(status == DecodeStatus.Ok ? decoded.Validate() == DecodeStatus.Ok : decoded == default);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(0, true)]
    [InlineData(PacketLayout.BatteryUnknown, true)]
    [InlineData(101, false)]
    [InlineData(254, false)]
    public void Validate_BatteryPercent_AcceptsPercentOrUnknown(int battery, bool valid)
    {
        var status = new DeviceStatus((byte)battery, DeviceStatusFlags.None, SensorFault.None, 0);

        Assert.Equal(valid ? DecodeStatus.Ok : DecodeStatus.InvalidValue, status.Validate());
        Assert.Equal(battery != PacketLayout.BatteryUnknown, status.IsBatteryKnown);
    }

    public static class Arbitraries
    {
        public static Arbitrary<DeviceStatus> Statuses()
        {
            var status =
                from battery in Gen.OneOf(Gen.Choose(0, 100), Gen.Constant(PacketLayout.BatteryUnknown))
                from flags in Gen.Choose(0, 255)
                from fault in Gen.Choose(1, 255)
                from dropped in Gen.Choose(0, ushort.MaxValue)
                let faulty = (flags & (int)DeviceStatusFlags.SensorFault) != 0
                select new DeviceStatus((byte)battery, (DeviceStatusFlags)flags, faulty ? (SensorFault)fault : SensorFault.None, (ushort)dropped);
            return Arb.From(status);
        }
    }
}
