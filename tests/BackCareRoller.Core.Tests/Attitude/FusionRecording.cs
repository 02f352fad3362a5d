using System.Globalization;
using System.IO.Compression;
using System.Numerics;

namespace BackCareRoller.Core.Tests.Attitude;

/// <summary>x-io's Fusion sample recording and Fusion's own 6-axis output on it (TestData/fusion, MIT, © 2021 x-io Technologies).</summary>
internal sealed class FusionRecording
{
    /// <summary>The recording's accelerometer unit, converted with the filter's default gravity so that "1 g" reads as g.</summary>
    private const double StandardGravity = 9.81;

    private static readonly Lazy<FusionRecording> Shared = new(Parse);

    private FusionRecording(double[] time, Vector3[] gyro, Vector3[] accel, Vector3[] referenceUp, bool[] referenceIgnoredAccel)
    {
        TimeSeconds = time;
        Gyro = gyro;
        Accel = accel;
        ReferenceUp = referenceUp;
        ReferenceIgnoredAccel = referenceIgnoredAccel;
    }

    public double[] TimeSeconds { get; }

    /// <summary>Gyro, rad/s.</summary>
    public Vector3[] Gyro { get; }

    /// <summary>Accelerometer, m/s².</summary>
    public Vector3[] Accel { get; }

    /// <summary>Fusion's gravity ("up" in the sensor frame), advanced settings without magnetometer.</summary>
    public Vector3[] ReferenceUp { get; }

    /// <summary>Whether Fusion's acceleration rejection ignored the accelerometer on that row.</summary>
    public bool[] ReferenceIgnoredAccel { get; }

    public int Length => Gyro.Length;

    public static FusionRecording Load() => Shared.Value;

    private static FusionRecording Parse()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestData", "fusion");
        var time = new List<double>();
        var gyro = new List<Vector3>();
        var accel = new List<Vector3>();
        foreach (var f in Rows(Path.Combine(directory, "sensor_data.csv.gz"), "Time (s),Gyroscope X (deg/s)"))
        {
            const float degrees = MathF.PI / 180f;
            time.Add(double.Parse(f[0], NumberStyles.Float, CultureInfo.InvariantCulture));
            gyro.Add(new Vector3(Single(f[1]), Single(f[2]), Single(f[3])) * degrees);
            accel.Add(new Vector3(Single(f[4]), Single(f[5]), Single(f[6])) * (float)StandardGravity);
        }

        var up = new List<Vector3>();
        var ignored = new List<bool>();
        foreach (var f in Rows(Path.Combine(directory, "fusion_reference_advanced6.csv.gz"), "time_s,qw,qx,qy,qz"))
        {
            up.Add(Vector3.Normalize(new Vector3(Single(f[8]), Single(f[9]), Single(f[10]))));
            ignored.Add(f[12] == "1");
        }

        Assert.Equal(time.Count, up.Count);
        return new FusionRecording([.. time], [.. gyro], [.. accel], [.. up], [.. ignored]);
    }

    private static IEnumerable<string[]> Rows(string path, string headerStart)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        Assert.StartsWith(headerStart, reader.ReadLine());
        while (reader.ReadLine() is { } line)
        {
            yield return line.Split(',');
        }
    }

    private static float Single(string text) => (float)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
