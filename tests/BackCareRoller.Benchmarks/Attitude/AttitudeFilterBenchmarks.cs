using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using BackCareRoller.Core.Attitude;
using BenchmarkDotNet.Attributes;

namespace BackCareRoller.Benchmarks.Attitude;

/// <summary>
/// Updates per second of <see cref="AttitudeFilter.Step"/> over a real BROAD trial held in memory (the test data of
/// BackCareRoller.Core.Tests). Target: 10 M updates/s per core; Fusion's C code does about 18 M (advanced 6-axis).
/// Run: <c>dotnet run -c Release --project tests/BackCareRoller.Benchmarks -- --filter '*Attitude*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class AttitudeFilterBenchmarks
{
    /// <summary>Rows replayed per invocation (both trials have more than 52 000).</summary>
    private const int Updates = 50_000;

    private readonly AttitudeSettings _settings = new();
    private Vector3[] _gyro = [];
    private Vector3[] _accel = [];
    private float[] _dt = [];

    [Params("07_undisturbed_fast_rotation_B", "16_undisturbed_fast_translation_B")]
    public string Trial { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(SourceDirectory(), "..", "..", "BackCareRoller.Core.Tests", "TestData", "broad", Trial + ".csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        reader.ReadLine();
        var gyro = new List<Vector3>();
        var accel = new List<Vector3>();
        var dt = new List<float>();
        var previous = 0.0;
        while (reader.ReadLine() is { } line && gyro.Count < Updates)
        {
            var f = line.Split(',');
            float F(int i) => float.Parse(f[i], CultureInfo.InvariantCulture);
            var time = double.Parse(f[0], CultureInfo.InvariantCulture);
            dt.Add(gyro.Count == 0 ? 0f : (float)(time - previous));
            previous = time;
            gyro.Add(new Vector3(F(1), F(2), F(3)));
            accel.Add(new Vector3(F(4), F(5), F(6)));
        }

        _gyro = [.. gyro];
        _accel = [.. accel];
        _dt = [.. dt];
    }

    /// <summary>One pass over the trial; reported per update.</summary>
    [Benchmark(OperationsPerInvoke = Updates)]
    public AttitudeState Step()
    {
        var state = default(AttitudeState);
        var gyro = _gyro;
        var accel = _accel;
        var dt = _dt;
        for (var i = 0; i < gyro.Length; i++)
        {
            state = AttitudeFilter.Step(state, gyro[i], accel[i], dt[i], _settings);
        }

        return state;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
