using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using BackCareRoller.Core.Attitude;

namespace BackCareRoller.Core.Tests.Attitude;

/// <summary>One BROAD trial (TestData/broad, CC BY 4.0, Laidig et al. 2021) held in memory, with BROAD's own scoring.</summary>
internal sealed class BroadTrial
{
    public const string FastRotation = "07_undisturbed_fast_rotation_B.csv.gz";
    public const string FastTranslation = "16_undisturbed_fast_translation_B.csv.gz";

    private static readonly Dictionary<string, BroadTrial> Cache = [];

    private BroadTrial(float[] dt, Vector3[] gyro, Vector3[] accel, Quaternion[] truth, bool[] scored)
    {
        DtSeconds = dt;
        Gyro = gyro;
        Accel = accel;
        Truth = truth;
        Scored = scored;
    }

    /// <summary>Time since the previous row, s (0 for the first).</summary>
    public float[] DtSeconds { get; }

    public Vector3[] Gyro { get; }

    public Vector3[] Accel { get; }

    /// <summary>Optical ground truth, sensor-to-earth (ENU).</summary>
    public Quaternion[] Truth { get; }

    /// <summary>Rows BROAD scores: movement phase with the markers visible.</summary>
    public bool[] Scored { get; }

    public int Length => Gyro.Length;

    public static BroadTrial Load(string fileName)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(fileName, out var trial))
            {
                trial = Parse(Path.Combine(AppContext.BaseDirectory, "TestData", "broad", fileName));
                Cache[fileName] = trial;
            }

            return trial;
        }
    }

    /// <summary>BROAD's inclination error: 2·acos(√(w² + z²)) of q_est ⊗ q_opt⁻¹, degrees (example_code/broad_utils.py).</summary>
    public static double InclinationErrorDegrees(Quaternion estimate, Quaternion truth)
    {
        var diff = estimate * Quaternion.Conjugate(truth);
        var c = Math.Sqrt(((double)diff.W * diff.W) + ((double)diff.Z * diff.Z));
        return 2.0 * Math.Acos(Math.Min(1.0, c)) * (180.0 / Math.PI);
    }

    /// <summary>Averages blocks of <paramref name="factor"/> rows, as a sensor sampling at a lower rate would deliver them.</summary>
    public BroadTrial Decimate(int factor)
    {
        var n = Length / factor;
        var dt = new float[n];
        var gyro = new Vector3[n];
        var accel = new Vector3[n];
        var truth = new Quaternion[n];
        var scored = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var last = (i * factor) + factor - 1;
            for (var j = i * factor; j <= last; j++)
            {
                gyro[i] += Gyro[j] / factor;
                accel[i] += Accel[j] / factor;
                dt[i] += i == 0 ? 0f : DtSeconds[j];
            }

            truth[i] = Truth[last];
            scored[i] = Scored[last];
        }

        return new BroadTrial(dt, gyro, accel, truth, scored);
    }

    /// <summary>Runs the filter from <c>default</c> over the trial; RMSE and 95th percentile of the scored rows, degrees.</summary>
    public (double Rmse, double P95) Score(AttitudeSettings settings)
    {
        var state = default(AttitudeState);
        var errors = new List<double>(Length);
        for (var i = 0; i < Length; i++)
        {
            state = AttitudeFilter.Step(state, Gyro[i], Accel[i], DtSeconds[i], settings);
            if (Scored[i])
            {
                errors.Add(InclinationErrorDegrees(state.Orientation, Truth[i]));
            }
        }

        errors.Sort();
        return (Math.Sqrt(errors.Sum(e => e * e) / errors.Count), errors[(int)(0.95 * (errors.Count - 1))]);
    }

    private static BroadTrial Parse(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var header = reader.ReadLine();
        Assert.StartsWith("time_s,gyr_x_rad_s", header);
        var dt = new List<float>();
        var gyro = new List<Vector3>();
        var accel = new List<Vector3>();
        var truth = new List<Quaternion>();
        var scored = new List<bool>();
        var previousTime = 0.0;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var time = D(0);
            dt.Add(gyro.Count == 0 ? 0f : (float)(time - previousTime));
            previousTime = time;
            gyro.Add(new Vector3((float)D(1), (float)D(2), (float)D(3)));
            accel.Add(new Vector3((float)D(4), (float)D(5), (float)D(6)));
            var visible = !double.IsNaN(D(7));
            truth.Add(visible ? new Quaternion((float)D(8), (float)D(9), (float)D(10), (float)D(7)) : Quaternion.Identity);
            scored.Add(visible && f[11] == "1");
        }

        return new BroadTrial([.. dt], [.. gyro], [.. accel], [.. truth], [.. scored]);
    }
}
