using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Reassembly;
using BackCareRoller.Protocol.Samples;
using BackCareRoller.Protocol.Tests.Configuration;
using FsCheck.Xunit;

namespace BackCareRoller.Protocol.Tests.Reassembly;

public sealed class ImuStreamReassemblerTests
{
    // 100 Hz: one sample every 10 000 µs; five samples per packet span 50 000 µs.
    private const uint Period = 10_000;
    private const uint PacketSpan = 5 * Period;

    private static readonly DeviceConfiguration Configuration = DeviceConfigurationTests.Reference();

    private readonly DeviceSample[] _output = new DeviceSample[PacketLayout.ImuMaxSamples];
    private readonly ImuStreamReassembler _reassembler = new(Configuration);

    [Fact]
    public void Push_InOrderPackets_WritesEverySampleWithIncreasingTimes()
    {
        var times = new List<TimeSpan>();
        for (ushort j = 0; j < 20; j++)
        {
            var result = Push(PacketBuilder.Imu(j, 1_000_000 + (j * PacketSpan), flags: j == 0 ? ImuPacketFlags.StreamStart : ImuPacketFlags.None), Seconds(1 + (j * 0.05) + 0.055));

            Assert.Equal(new ReassemblyResult(ReassemblyOutcome.Accepted, DecodeStatus.Ok, 5, 0, 0, false, false), result);
            times.AddRange(_output.Take(5).Select(sample => sample.Time));
        }

        Assert.Equal(100, times.Count);
        Assert.Equal(times.Order(), times);
        Assert.Equal(100, _reassembler.Statistics.SamplesAccepted);
        Assert.Equal(0.99, (times[^1] - times[0]).TotalSeconds, 3);
    }

    [Fact]
    public void Push_PacketsSentAsTheirLastSampleIsTaken_MapEverySampleToItsTrueTime()
    {
        // A packet can only leave once its last sample exists: with no latency at all, sample i of packet j was
        // taken at 1 s + (5j + i) × 10 ms and the packet arrives at 1 s + (5j + 4) × 10 ms.
        var worst = 0.0;
        for (ushort j = 0; j < 100; j++)
        {
            Push(PacketBuilder.Imu(j, j * PacketSpan, flags: j == 0 ? ImuPacketFlags.StreamStart : ImuPacketFlags.None), Seconds(1 + (((5 * j) + 4) * 0.01)));
            for (var i = 0; i < 5; i++)
            {
                worst = Math.Max(worst, Math.Abs(_output[i].Time.TotalSeconds - (1 + (((5 * j) + i) * 0.01))));
            }
        }

        Assert.InRange(worst, 0, 1e-6);
    }

    [Fact]
    public void Push_ThreePacketsLost_ReportsGapAndMissingSamples()
    {
        Push(PacketBuilder.Imu(0, 0, flags: ImuPacketFlags.StreamStart), Seconds(1));
        Push(PacketBuilder.Imu(1, PacketSpan), Seconds(1.05));

        var result = Push(PacketBuilder.Imu(5, 5 * PacketSpan), Seconds(1.25));

        Assert.Equal(ReassemblyOutcome.Accepted, result.Outcome);
        Assert.Equal(3, result.LostPackets);
        Assert.Equal(15, result.MissingSamples);
        Assert.Equal(3, _reassembler.Statistics.LostPackets);
        Assert.Equal(5 * PacketSpan, _output[0].DeviceTimeMicroseconds);
    }

    [Fact]
    public void Push_SamePacketTwice_DropsTheDuplicate()
    {
        Push(PacketBuilder.Imu(0, 0, flags: ImuPacketFlags.StreamStart), Seconds(1));
        var packet = PacketBuilder.Imu(1, PacketSpan);
        Push(packet, Seconds(1.05));

        var result = Push(packet, Seconds(1.06));

        Assert.Equal(new ReassemblyResult(ReassemblyOutcome.Duplicate, DecodeStatus.Ok, 0, 0, 0, false, false), result);
        Assert.Equal(1, _reassembler.Statistics.DuplicatePackets);
        Assert.Equal(10, _reassembler.Statistics.SamplesAccepted);
    }

    [Fact]
    public void Push_OlderPacketAfterNewer_DropsIt()
    {
        Push(PacketBuilder.Imu(10, 10 * PacketSpan), Seconds(1));
        Push(PacketBuilder.Imu(11, 11 * PacketSpan), Seconds(1.05));

        var result = Push(PacketBuilder.Imu(7, 7 * PacketSpan), Seconds(1.06));

        Assert.Equal(ReassemblyOutcome.Duplicate, result.Outcome);
        Assert.Equal(0, _reassembler.Statistics.LostPackets);
    }

    [Fact]
    public void Push_SequenceWrapsFrom65535To0_IsNotAGap()
    {
        Push(PacketBuilder.Imu(65534, 0), Seconds(1));
        Push(PacketBuilder.Imu(65535, PacketSpan), Seconds(1.05));

        var result = Push(PacketBuilder.Imu(0, 2 * PacketSpan), Seconds(1.1));

        Assert.Equal(new ReassemblyResult(ReassemblyOutcome.Accepted, DecodeStatus.Ok, 5, 0, 0, false, false), result);
    }

    [Fact]
    public void Push_TimestampWrapsPast2To32_DeviceTimeKeepsIncreasing()
    {
        const uint start = uint.MaxValue - 24_999; // 25 ms before the wrap
        Push(PacketBuilder.Imu(0, start), Seconds(1));
        var lastBefore = _output[4];

        var result = Push(PacketBuilder.Imu(1, unchecked(start + PacketSpan)), Seconds(1.05));

        Assert.Equal(0, result.MissingSamples);
        Assert.False(result.ClockReset);
        Assert.Equal((long)start + PacketSpan, _output[0].DeviceTimeMicroseconds);
        Assert.Equal(Period, _output[0].DeviceTimeMicroseconds - lastBefore.DeviceTimeMicroseconds);
        Assert.Equal(0.010, (_output[0].Time - lastBefore.Time).TotalSeconds, 4);
    }

    [Fact]
    public void Push_StreamRestartAfterTenSecondPause_CountsRestartAndKeepsClock()
    {
        Push(PacketBuilder.Imu(0, 0, flags: ImuPacketFlags.StreamStart), Seconds(1));
        Push(PacketBuilder.Imu(1, PacketSpan), Seconds(1.05));
        var lastBefore = _output[4];

        var result = Push(PacketBuilder.Imu(0, PacketSpan + 10_000_000, flags: ImuPacketFlags.StreamStart), Seconds(11.05));

        Assert.Equal(new ReassemblyResult(ReassemblyOutcome.Accepted, DecodeStatus.Ok, 5, 0, 0, true, false), result);
        Assert.Equal(PacketSpan + 10_000_000, _output[0].DeviceTimeMicroseconds);
        Assert.Equal(9.96, (_output[0].Time - lastBefore.Time).TotalSeconds, 2);
        Assert.Equal(1, _reassembler.Statistics.StreamRestarts);
    }

    [Fact]
    public void Push_DeviceRebootedBetweenStreams_ResetsClockAndKeepsTimesIncreasing()
    {
        Push(PacketBuilder.Imu(0, 3_000_000_000, flags: ImuPacketFlags.StreamStart), Seconds(100));
        Push(PacketBuilder.Imu(1, 3_000_000_000 + PacketSpan), Seconds(100.05));
        var lastBefore = _output[4];

        // Rebooted: the clock restarted near zero while the host saw 2 s pass.
        var result = Push(PacketBuilder.Imu(0, 500_000, flags: ImuPacketFlags.StreamStart), Seconds(102.05));

        Assert.True(result.ClockReset);
        Assert.True(result.StreamRestarted);
        Assert.True(_output[0].Time > lastBefore.Time);
        Assert.True(_output[0].DeviceTimeMicroseconds > lastBefore.DeviceTimeMicroseconds);
        Assert.Equal(2.0, (_output[0].Time - lastBefore.Time).TotalSeconds, 1);
        Assert.Equal(1, _reassembler.Statistics.ClockResets);
    }

    [Fact]
    public void Push_StreamStartRepeated_DropsTheDuplicate()
    {
        var start = PacketBuilder.Imu(0, 1000, flags: ImuPacketFlags.StreamStart);
        Push(start, Seconds(1));

        var result = Push(start, Seconds(1.01));

        Assert.Equal(ReassemblyOutcome.Duplicate, result.Outcome);
        Assert.Equal(0, _reassembler.Statistics.StreamRestarts);
    }

    [Fact]
    public void Push_TruncatedPacket_ReportsMalformedWithStatusAndWritesNothing()
    {
        var packet = PacketBuilder.Imu(0, 0);
        _output[0] = default;

        var result = Push(packet.AsSpan(0, packet.Length - 1).ToArray(), Seconds(1));

        Assert.Equal(new ReassemblyResult(ReassemblyOutcome.Malformed, DecodeStatus.Truncated, 0, 0, 0, false, false), result);
        Assert.Equal(default, _output[0]);
        Assert.Equal(1, _reassembler.Statistics.MalformedPackets);
        Assert.Equal(DecodeStatus.Truncated, _reassembler.Statistics.LastMalformedStatus);
    }

    [Property(MaxTest = 300)]
    public void Push_RandomByteStreams_NeverThrowAndTimesNeverGoBack(byte[][] packets)
    {
        var reassembler = new ImuStreamReassembler(Configuration);
        var output = new DeviceSample[PacketLayout.ImuMaxSamples];
        var last = TimeSpan.MinValue;
        for (var i = 0; i < packets.Length; i++)
        {
            var bytes = packets[i] ?? [];
            if (bytes.Length > 0 && i % 2 == 0)
            {
                // Half the packets get a valid version nibble, so the stream logic runs on garbage too.
                bytes[0] = (byte)(0x10 | (bytes[0] & 0x0F));
            }

            var result = reassembler.Push(bytes, TimeSpan.FromMilliseconds(i * 20), output);

            Assert.Equal(result.Outcome == ReassemblyOutcome.Accepted, result.SamplesWritten > 0);
            for (var s = 0; s < result.SamplesWritten; s++)
            {
                Assert.True(output[s].Time >= last);
                last = output[s].Time;
            }
        }
    }

    [Fact]
    public void Push_OverrunFlagAfterDeviceDrop_CountsMissingSamples()
    {
        Push(PacketBuilder.Imu(0, 0, flags: ImuPacketFlags.StreamStart), Seconds(1));

        // Contiguous sequence, but the device lost 7 samples before this packet.
        var result = Push(PacketBuilder.Imu(1, PacketSpan + (7 * Period), flags: ImuPacketFlags.Overrun), Seconds(1.12));

        Assert.Equal(0, result.LostPackets);
        Assert.Equal(7, result.MissingSamples);
        Assert.Equal(1, _reassembler.Statistics.OverrunPackets);
    }

    [Fact]
    public void Push_RawSamples_ConvertsToSiWithConfigurationScales()
    {
        Push(PacketBuilder.Imu(0, 0, count: 1, firstValue: 4096), Seconds(1));

        // ±4 g: 4096 LSB = 0.5 g on x, 8192 LSB = 1 g on z.
        Assert.Equal(9.80665f / 2, _output[0].Acceleration.X, 4);
        Assert.Equal(9.80665f, _output[0].Acceleration.Z, 4);
        Assert.Equal(0f, _output[0].AngularVelocity.Length());
    }

    [Fact]
    public void Push_DestinationShorterThanFifteen_Throws()
    {
        var packet = PacketBuilder.Imu(0, 0);

        Assert.Throws<ArgumentException>(() => _reassembler.Push(packet, Seconds(1), new DeviceSample[PacketLayout.ImuMaxSamples - 1]));
    }

    [Fact]
    public void Constructor_InvalidConfiguration_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ImuStreamReassembler(Configuration with { SampleRateHz = 0 }));
    }

    [Fact]
    public void Reset_AfterAStream_ForgetsSequenceAndCounters()
    {
        Push(PacketBuilder.Imu(10, 0), Seconds(1));

        _reassembler.Reset();
        var result = Push(PacketBuilder.Imu(3, 0), Seconds(2));

        Assert.Equal(ReassemblyOutcome.Accepted, result.Outcome);
        Assert.Equal(1, _reassembler.Statistics.PacketsAccepted);
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(-100, 3)]
    [InlineData(-100, 4)]
    public void Push_CrystalOff100PpmForThirtyMinutes_StaysWithinFiveMilliseconds(double driftPpm, int seed)
    {
        // The recommended link: 15 ms connection interval, 100 Hz in 50 ms packets, OS jitter, rare stalls.
        var link = new SimulatedLink { DriftPpm = driftPpm, Seed = seed };

        var errors = AlignmentErrors(link, out var statistics);

        // Until the window has seen the link's floor (two troughs of the connection-interval sawtooth, about a
        // minute at 100 ppm) the error is bounded by that 5 ms quantization; after two minutes by 5 ms in all.
        Assert.InRange(errors.Where(error => error.Time > 1).Max(error => Math.Abs(error.Seconds)), 0, 0.008);
        Assert.InRange(errors.Where(error => error.Time > 120).Max(error => Math.Abs(error.Seconds)), 0, 0.005);
        Assert.InRange(statistics.ClockDriftPpm, driftPpm - 2, driftPpm + 2);
        Assert.Equal(0, statistics.ClockResets);
        Assert.Equal(0, statistics.LostPackets);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(5)]
    [InlineData(0)]
    public void Push_SmallDriftForThirtyMinutes_StaysWithinTheLinkQuantization(double driftPpm)
    {
        // With little drift the sample clock and the connection events hardly slide past each other, so the floor
        // is rarely seen: the error is a near-constant part of the 5 ms quantization, and must not grow.
        var link = new SimulatedLink { DriftPpm = driftPpm, Seed = 5 };

        var errors = AlignmentErrors(link, out _);

        Assert.InRange(errors.Where(error => error.Time > 1).Max(error => Math.Abs(error.Seconds)), 0, 0.007);
    }

    [Fact]
    public void Push_SlowPhoneLinkWithStalls_KeepsDriftOutAndNeverResets()
    {
        // 50 ms connection interval, 25 Hz with one sample per notification (10 ms quantization), 1.5 s stalls.
        var link = new SimulatedLink
        {
            DriftPpm = 100,
            SampleRateHz = 25,
            SamplesPerPacket = 1,
            ConnectionInterval = TimeSpan.FromMilliseconds(50),
            OsJitter = TimeSpan.FromMilliseconds(5),
            StallProbability = 0.005,
            MaxStall = TimeSpan.FromSeconds(1.5),
            Seed = 4,
        };
        var reassembler = new ImuStreamReassembler(Configuration with { SampleRateHz = 25 });

        var errors = AlignmentErrors(link, out var statistics, reassembler);

        Assert.InRange(errors.Where(error => error.Time > 120).Max(error => Math.Abs(error.Seconds)), 0, 0.012);
        Assert.InRange(statistics.ClockDriftPpm, 95, 105);
        Assert.Equal(0, statistics.ClockResets);
    }

    [Fact]
    public void Push_UncorrectedDrift_WouldMissByFarMoreThanFiveMilliseconds()
    {
        // The oracle for the test above: with the drift ignored, 100 ppm over 30 minutes is 180 ms.
        var link = new SimulatedLink { DriftPpm = 100 };
        var packets = link.Packets().ToList();
        var first = packets[0];
        var lastTrue = packets[^1].TrueSampleTimes[^1];
        var samples = (packets.Count * link.SamplesPerPacket) - 1;
        var naive = first.TrueSampleTimes[0] + (samples * 0.01);

        Assert.InRange(Math.Abs(naive - lastTrue), 0.17, 0.19);
    }

    [Fact]
    public void Push_SteadyStateStream_AllocatesNothing()
    {
        var packets = new SimulatedLink { Duration = TimeSpan.FromMinutes(2) }.Packets().ToArray();
        var warmUp = packets.Length / 4;
        for (var i = 0; i < warmUp; i++)
        {
            _reassembler.Push(packets[i].Bytes, packets[i].Arrival, _output);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = warmUp; i < packets.Length; i++)
        {
            _reassembler.Push(packets[i].Bytes, packets[i].Arrival, _output);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(packets.Length, _reassembler.Statistics.PacketsAccepted);
    }

    [Fact]
    public void TryDecode_LoopOverPackets_AllocatesNothing()
    {
        var packets = new SimulatedLink { Duration = TimeSpan.FromSeconds(20), SamplesPerPacket = 15 }.Packets().Select(packet => packet.Bytes).ToArray();
        long checksum = 0;
        checksum += DecodeAll(packets);

        var before = GC.GetAllocatedBytesForCurrentThread();
        checksum += DecodeAll(packets);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.NotEqual(0, checksum);
    }

    private static long DecodeAll(byte[][] packets)
    {
        long sum = 0;
        foreach (var bytes in packets)
        {
            ImuPacket.TryDecode(bytes, out var packet);
            for (var i = 0; i < packet.SampleCount; i++)
            {
                sum += packet.GetSample(i).AccelerometerZ;
            }
        }

        return sum;
    }

    /// <summary>Mapped minus true time of every sample, with the sample's true time since the session start (s).</summary>
    private static List<(double Time, double Seconds)> AlignmentErrors(SimulatedLink link, out ReassemblyStatistics statistics, ImuStreamReassembler? reassembler = null)
    {
        reassembler ??= new ImuStreamReassembler(Configuration);
        var output = new DeviceSample[PacketLayout.ImuMaxSamples];
        var errors = new List<(double, double)>();
        foreach (var packet in link.Packets())
        {
            var result = reassembler.Push(packet.Bytes, packet.Arrival, output);
            for (var i = 0; i < result.SamplesWritten; i++)
            {
                errors.Add((packet.TrueSampleTimes[i] - link.HostStart, output[i].Time.TotalSeconds - packet.TrueSampleTimes[i]));
            }
        }

        statistics = reassembler.Statistics;
        return errors;
    }

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);

    private ReassemblyResult Push(byte[] packet, TimeSpan arrival) => _reassembler.Push(packet, arrival, _output);
}
