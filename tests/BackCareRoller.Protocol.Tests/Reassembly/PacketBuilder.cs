using BackCareRoller.Protocol.Imu;

namespace BackCareRoller.Protocol.Tests.Reassembly;

/// <summary>Builds IMU packets for reassembly tests.</summary>
internal static class PacketBuilder
{
    /// <summary>A packet of <paramref name="count"/> samples whose accelerometer x counts up from <paramref name="firstValue"/>.</summary>
    public static byte[] Imu(ushort sequence, uint timestamp, int count = 5, ImuPacketFlags flags = ImuPacketFlags.None, short firstValue = 0)
    {
        var samples = new RawImuSample[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = new RawImuSample((short)(firstValue + i), 0, 8192, 0, 0, 0);
        }

        var buffer = new byte[ImuPacket.PacketSize(count)];
        ImuPacket.TryWrite(flags, sequence, timestamp, samples, buffer, out _);
        return buffer;
    }
}
