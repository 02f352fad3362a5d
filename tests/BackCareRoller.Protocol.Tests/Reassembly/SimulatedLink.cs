using BackCareRoller.Protocol.Imu;

namespace BackCareRoller.Protocol.Tests.Reassembly;

/// <summary>
/// A roller streaming over BLE, for clock tests: a device clock off by <see cref="DriftPpm"/>, notifications leaving
/// at connection events, OS jitter, and occasional stalls that deliver a burst late. Seeded, so runs repeat exactly.
/// </summary>
internal sealed record SimulatedLink
{
    public int SampleRateHz { get; init; } = 100;

    public int SamplesPerPacket { get; init; } = 5;

    /// <summary>Device clock rate error: +100 means the device counts 100 µs too many per second.</summary>
    public double DriftPpm { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan ConnectionInterval { get; init; } = TimeSpan.FromMilliseconds(15);

    public TimeSpan OsJitter { get; init; } = TimeSpan.FromMilliseconds(3);

    /// <summary>Chance, per packet, that the host stalls and the following notifications arrive together.</summary>
    public double StallProbability { get; init; } = 0.001;

    public TimeSpan MaxStall { get; init; } = TimeSpan.FromMilliseconds(400);

    /// <summary>Device clock at the first sample, µs; near 2³² so the session crosses a wrap.</summary>
    public uint StartTimestamp { get; init; } = 4_294_000_000;

    public int Seed { get; init; } = 1;

    /// <summary>Host time of the first sample, s.</summary>
    public double HostStart { get; init; } = 5.0;

    public IEnumerable<SimulatedPacket> Packets()
    {
        var random = new Random(Seed);
        var periodMicroseconds = 1_000_000 / SampleRateHz;
        var phase = random.NextDouble() * ConnectionInterval.TotalSeconds;
        var interval = ConnectionInterval.TotalSeconds;
        var stallEnd = double.NegativeInfinity;
        var lastArrival = double.NegativeInfinity;
        var packetCount = (int)(Duration.TotalSeconds * SampleRateHz / SamplesPerPacket);
        var samples = new RawImuSample[SamplesPerPacket];
        for (var j = 0; j < packetCount; j++)
        {
            var trueTimes = new double[SamplesPerPacket];
            for (var i = 0; i < SamplesPerPacket; i++)
            {
                long k = (j * SamplesPerPacket) + i;
                trueTimes[i] = HostStart + (k * periodMicroseconds * 1e-6 / (1 + (DriftPpm * 1e-6)));
                samples[i] = new RawImuSample((short)(k % 1000), 0, 8192, 0, 0, 0);
            }

            // Sent at the first connection event after the packet is complete, seen by the app after OS jitter.
            var ready = trueTimes[^1] + 0.0005;
            var connectionEvent = phase + (Math.Ceiling((ready - phase) / interval) * interval);
            var arrival = connectionEvent + (random.NextDouble() * OsJitter.TotalSeconds);
            if (random.NextDouble() < StallProbability)
            {
                stallEnd = arrival + (random.NextDouble() * MaxStall.TotalSeconds);
            }

            arrival = Math.Max(Math.Max(arrival, stallEnd), lastArrival);
            lastArrival = arrival;

            var timestamp = unchecked(StartTimestamp + (uint)(j * SamplesPerPacket * periodMicroseconds));
            var bytes = new byte[ImuPacket.PacketSize(SamplesPerPacket)];
            ImuPacket.TryWrite(j == 0 ? ImuPacketFlags.StreamStart : ImuPacketFlags.None, (ushort)j, timestamp, samples, bytes, out _);
            yield return new SimulatedPacket(bytes, TimeSpan.FromTicks((long)(arrival * TimeSpan.TicksPerSecond)), trueTimes);
        }
    }
}
