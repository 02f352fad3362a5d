using System.Numerics;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Samples;
using BenchmarkDotNet.Attributes;

namespace BackCareRoller.Benchmarks.Pipeline;

/// <summary>
/// The whole session pipeline (alignment, bias, roll axis, roller motion, 10 Hz speed, too-fast) replayed on a
/// <see cref="System.Reactive.Concurrency.HistoricalScheduler"/> over one minute of synthetic samples: 200 Hz roller,
/// 100 Hz body. One operation is one sample, so the mean is the time per sample and samples/s = 1 / mean.
/// Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*SessionPipeline*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class SessionPipelineBenchmark
{
    private const int SampleCount = 18_000;

    private ImuSample[] _samples = [];
    private AnalysisSettings _settings = AnalysisSettings.Default;
    private long _events;

    /// <summary>Firmware axis, or a phone whose axis is estimated (an eigen-decomposition every 0.5 s of rolling).</summary>
    [Params(RollerMount.FirmwareAxis, RollerMount.UnknownMount)]
    public RollerMount Mount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _settings = AnalysisSettings.Default.ForRecording(Mount, 15);
        _samples = Synthetic(60);
    }

    [Benchmark(OperationsPerInvoke = SampleCount)]
    public long Replay()
    {
        _events = 0;
        SessionReplay.Run(_samples, _settings, _ => _events++);
        return _events;
    }

    // Still for 3 s, then passes of changing speed with noise and bias; the body lies reclined.
    private static ImuSample[] Synthetic(double seconds)
    {
        var random = new Random(42);
        var axis = Vector3.Normalize(new Vector3(0.9f, 0.3f, -0.2f));
        var bias = new Vector3(0.01f, -0.02f, 0.005f);
        var samples = new List<ImuSample>(SampleCount);
        for (var i = 0; i < seconds * 200; i++)
        {
            var t = i / 200.0;
            var omega = t < 3 ? 0 : 0.6 * Math.Sin(2 * Math.PI * t / 6);
            var noise = new Vector3(Noise(random), Noise(random), Noise(random));
            samples.Add(new ImuSample(TimeSpan.FromSeconds(t), SensorRole.Roller, new Vector3(0, 0, 9.81f), (axis * (float)omega) + bias + noise));
            if (i % 2 == 0)
            {
                samples.Add(new ImuSample(TimeSpan.FromSeconds(t + 0.001), SensorRole.Body, new Vector3(-9.2f, 3.4f, 0), Vector3.Zero));
            }
        }

        return [.. samples];
    }

    private static float Noise(Random random) => (float)(0.01 * (random.NextDouble() - 0.5) * 3.46);
}
