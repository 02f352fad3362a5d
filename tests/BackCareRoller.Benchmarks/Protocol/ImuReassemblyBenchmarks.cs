using BackCareRoller.Protocol;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Reassembly;
using BackCareRoller.Protocol.Samples;
using BenchmarkDotNet.Attributes;

namespace BackCareRoller.Benchmarks.Protocol;

/// <summary>
/// Decode and reassembly throughput of one roller's stream, per sample (issue 2 section 4: at least 20 million
/// samples per second per core, 0 B per packet). Every invocation reassembles the same 60 000 samples from a fresh
/// <see cref="ImuStreamReassembler.Reset"/>, so the clock fit's warm-up, bucket closes and refits are all included.
/// Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*ImuReassembly*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ImuReassemblyBenchmarks
{
    private const int Samples = 60_000;

    private readonly DeviceSample[] _output = new DeviceSample[PacketLayout.ImuMaxSamples];
    private byte[][] _packets = [];
    private TimeSpan[] _arrivals = [];
    private ImuStreamReassembler _reassembler = null!;

    /// <summary>Gets or sets samples per notification: 1 (default MTU, 100 Hz), 5 (100 Hz, 50 ms packets), 15 (400 Hz, 37.5 ms packets).</summary>
    [Params(1, 5, 15)]
    public int SamplesPerPacket { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sampleRateHz = SamplesPerPacket == 15 ? 400 : 100;
        var configuration = new DeviceConfiguration
        {
            ProtocolVersionMajor = PacketLayout.ProtocolVersionMajor,
            SampleRateHz = (ushort)sampleRateHz,
            AccelerometerFullScaleG = 4,
            AxisConvention = AxisConvention.RollerX,
            GyroscopeFullScaleDps = 500,
            AccelerometerLsbScale = 4 * 9.80665f / 32768,
            GyroscopeLsbScale = 500f / 32768 * MathF.PI / 180,
            RollerDiameterMillimetres = 150,
        };
        _reassembler = new ImuStreamReassembler(configuration);

        // A device clock 100 ppm fast that wraps mid-stream, 15 ms connection events and up to 3 ms of OS jitter.
        var random = new Random(42);
        var periodMicroseconds = 1_000_000 / sampleRateHz;
        var count = Samples / SamplesPerPacket;
        _packets = new byte[count][];
        _arrivals = new TimeSpan[count];
        var samples = new RawImuSample[SamplesPerPacket];
        for (var j = 0; j < count; j++)
        {
            for (var i = 0; i < SamplesPerPacket; i++)
            {
                var k = (j * SamplesPerPacket) + i;
                samples[i] = new RawImuSample((short)(k % 300), (short)-k, 8192, (short)(k % 50), 3, -7);
            }

            var ready = ((j + 1) * SamplesPerPacket * periodMicroseconds * 1e-6 / 1.0001) + 0.0005;
            var arrival = (Math.Ceiling(ready / 0.015) * 0.015) + (random.NextDouble() * 0.003);
            _arrivals[j] = TimeSpan.FromSeconds(Math.Max(arrival, j == 0 ? 0 : _arrivals[j - 1].TotalSeconds));
            _packets[j] = new byte[ImuPacket.PacketSize(SamplesPerPacket)];
            var timestamp = unchecked(4_294_000_000u + (uint)(j * SamplesPerPacket * periodMicroseconds));
            ImuPacket.TryWrite(j == 0 ? ImuPacketFlags.StreamStart : ImuPacketFlags.None, (ushort)j, timestamp, samples, _packets[j], out _);
        }
    }

    /// <summary>Decode only: header checks and every raw sample read.</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public long Decode()
    {
        long sum = 0;
        var packets = _packets;
        for (var j = 0; j < packets.Length; j++)
        {
            ImuPacket.TryDecode(packets[j], out var packet);
            for (var i = 0; i < packet.SampleCount; i++)
            {
                sum += packet.GetSample(i).AccelerometerX;
            }
        }

        return sum;
    }

    /// <summary>Decode, duplicate and gap checks, timestamp unwrap, clock fit, host-time mapping and SI conversion.</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public long DecodeAndReassemble()
    {
        _reassembler.Reset();
        long written = 0;
        var packets = _packets;
        var arrivals = _arrivals;
        for (var j = 0; j < packets.Length; j++)
        {
            written += _reassembler.Push(packets[j], arrivals[j], _output).SamplesWritten;
        }

        return written;
    }
}
