using BackCareRoller.Protocol.Imu;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Imu;

public sealed class ImuPacketTests
{
    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 500)]
    public void TryDecode_OfTryWrite_ReturnsTheSamePacket(PacketCase packet)
    {
        var buffer = new byte[PacketLayout.ImuMaxPacketSize];
        Assert.True(ImuPacket.TryWrite(packet.Flags, packet.Sequence, packet.Timestamp, packet.Samples, buffer, out var written));

        var status = ImuPacket.TryDecode(buffer.AsSpan(0, written), out var decoded);

        Assert.Equal(DecodeStatus.Ok, status);
        Assert.Equal(ImuPacket.PacketSize(packet.Samples.Length), written);
        Assert.Equal(packet.Flags, decoded.Flags);
        Assert.Equal(packet.Sequence, decoded.Sequence);
        Assert.Equal(packet.Timestamp, decoded.TimestampMicroseconds);
        Assert.Equal(packet.Samples, Enumerable.Range(0, decoded.SampleCount).Select(i => ReadSample(buffer.AsSpan(0, written), i)));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 200)]
    public void TryDecode_EveryProperPrefix_ReturnsTooShortOrTruncated(PacketCase packet)
    {
        var buffer = new byte[PacketLayout.ImuMaxPacketSize];
        ImuPacket.TryWrite(packet.Flags, packet.Sequence, packet.Timestamp, packet.Samples, buffer, out var written);

        for (var length = 0; length < written; length++)
        {
            var status = ImuPacket.TryDecode(buffer.AsSpan(0, length), out var decoded);

            Assert.Equal(length < PacketLayout.ImuHeaderSize ? DecodeStatus.TooShort : DecodeStatus.Truncated, status);
            Assert.Equal(0, decoded.SampleCount);
        }
    }

    [Property(MaxTest = 2000)]
    public void TryDecode_RandomBytes_NeverThrowsAndOkOnlyWhenLengthMatchesCount(byte[] bytes)
    {
        var status = ImuPacket.TryDecode(bytes, out var decoded);

        var wellFormed = bytes.Length >= PacketLayout.ImuHeaderSize
            && bytes[0] >> 4 == PacketLayout.ProtocolVersionMajor
            && (bytes[0] & 0x0F) > 0
            && bytes.Length == ImuPacket.PacketSize(bytes[0] & 0x0F);
        Assert.Equal(wellFormed, status == DecodeStatus.Ok);
        Assert.Equal(wellFormed ? bytes[0] & 0x0F : 0, decoded.SampleCount);
    }

    [Theory]
    [InlineData(22, 0)]
    [InlineData(PacketLayout.DefaultAttMtu, 1)]
    [InlineData(34, 1)]
    [InlineData(35, 2)]
    [InlineData(185, 14)]
    [InlineData(191, 15)]
    [InlineData(PacketLayout.PreferredAttMtu, PacketLayout.ImuMaxSamples)]
    [InlineData(517, PacketLayout.ImuMaxSamples)]
    public void SamplesForMtu_NegotiatedMtu_FillsTheNotification(int attMtu, int expected)
    {
        Assert.Equal(expected, ImuPacket.SamplesForMtu(attMtu));
    }

    [Fact]
    public void TryWrite_DestinationOneByteShort_ReturnsFalse()
    {
        RawImuSample[] samples = [new(1, 2, 3, 4, 5, 6), new(7, 8, 9, 10, 11, 12)];
        var buffer = new byte[ImuPacket.PacketSize(2) - 1];

        Assert.False(ImuPacket.TryWrite(ImuPacketFlags.None, 0, 0, samples, buffer, out var written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PacketLayout.ImuMaxSamples + 1)]
    public void TryWrite_SampleCountOutOfRange_ReturnsFalse(int count)
    {
        var buffer = new byte[PacketLayout.ImuMaxPacketSize + PacketLayout.ImuSampleSize];

        Assert.False(ImuPacket.TryWrite(ImuPacketFlags.None, 0, 0, new RawImuSample[count], buffer, out _));
    }

    [Fact]
    public void GetSample_IndexAtCount_Throws()
    {
        var bytes = VectorBytes("imu_three_samples");
        ImuPacket.TryDecode(bytes, out var decoded);

        var sample = decoded.GetSample(2);

        Assert.Equal(new RawImuSample(5, -1, 8190, 1, 0, 4), sample);
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadSample(bytes, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadSample(bytes, -1));
    }

    [Fact]
    public void TryDecode_FlagsOfALaterMinor_AreKeptAndReported()
    {
        ImuPacket.TryDecode(VectorBytes("imu_unknown_flags_are_kept"), out var withUnknown);
        ImuPacket.TryDecode(VectorBytes("imu_all_defined_flags"), out var withKnown);

        Assert.True(withUnknown.HasUnknownFlags);
        Assert.Equal(0xF8, (int)withUnknown.Flags);
        Assert.False(withKnown.HasUnknownFlags);
    }

    private static byte[] VectorBytes(string name) => TestVectors.VectorFiles.Named(name).Bytes;

    private static RawImuSample ReadSample(ReadOnlySpan<byte> packet, int index)
    {
        ImuPacket.TryDecode(packet, out var decoded);
        return decoded.GetSample(index);
    }

    public sealed record PacketCase(ImuPacketFlags Flags, ushort Sequence, uint Timestamp, RawImuSample[] Samples);

    public static class Arbitraries
    {
        public static Arbitrary<PacketCase> Packets()
        {
            var value = Gen.Choose(short.MinValue, short.MaxValue).Select(v => (short)v);
            var sample =
                from ax in value
                from ay in value
                from az in value
                from gx in value
                from gy in value
                from gz in value
                select new RawImuSample(ax, ay, az, gx, gy, gz);
            var packet =
                from flags in Gen.Choose(0, 255)
                from sequence in Gen.Choose(0, ushort.MaxValue)
                from timestamp in Gen.Choose(int.MinValue, int.MaxValue)
                from count in Gen.Choose(1, PacketLayout.ImuMaxSamples)
                from samples in sample.ArrayOf(count)
                select new PacketCase((ImuPacketFlags)flags, (ushort)sequence, unchecked((uint)timestamp), samples);
            return Arb.From(packet);
        }
    }
}
