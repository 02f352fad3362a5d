using System.Numerics;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.TestKit.Samples;

/// <summary>Small synthetic samples for tests: rollers turning or still, body sensors standing or lying.</summary>
public static class SampleBuilder
{
    /// <summary>m/s²: standard gravity.</summary>
    public const double Gravity = 9.81;

    /// <summary>A roller sample turning at <paramref name="rate"/> (rad/s, sensor frame) plus <paramref name="bias"/>, lying still otherwise.</summary>
    public static ImuSample Roller(TimeSpan time, Vector3 rate, Vector3 bias = default) =>
        new(time, SensorRole.Roller, new Vector3(0, 0, (float)Gravity), rate + bias);

    /// <summary>
    /// A roller sample on the floor turning about <paramref name="axis"/>: gravity lies across the axis, as it does
    /// for any roller lying on the floor (the sensor's own turn with the roller is left out).
    /// </summary>
    public static ImuSample Roller(TimeSpan time, Vector3 axis, double omega, Vector3 bias)
    {
        var unit = Vector3.Normalize(axis);
        var across = Vector3.Normalize(Vector3.Cross(unit, MathF.Abs(unit.Z) < 0.9f ? Vector3.UnitZ : Vector3.UnitX));
        return new(time, SensorRole.Roller, across * (float)Gravity, (unit * (float)omega) + bias);
    }

    /// <summary>A roller sample at <paramref name="seconds"/> turning at <paramref name="omega"/> rad/s about +x.</summary>
    public static ImuSample Roller(double seconds, double omega) =>
        Roller(TimeSpan.FromSeconds(seconds), new Vector3((float)omega, 0, 0));

    /// <summary>A roller turning at constant <paramref name="omega"/> (rad/s) about <paramref name="axis"/> (default +x), with a constant gyro bias.</summary>
    public static IEnumerable<ImuSample> RollerTurning(
        double omega,
        IEnumerable<TimeSpan> times,
        Vector3? axis = null,
        Vector3 bias = default)
    {
        ArgumentNullException.ThrowIfNull(times);
        var direction = axis ?? Vector3.UnitX;
        return times.Select(time => Roller(time, direction, omega, bias));
    }

    /// <summary>A still roller whose gyro reads only <paramref name="bias"/>.</summary>
    public static IEnumerable<ImuSample> RollerStill(IEnumerable<TimeSpan> times, Vector3 bias = default) =>
        RollerTurning(0, times, null, bias);

    /// <summary>A roller whose rate follows <paramref name="omega"/>(t) about <paramref name="axis"/>, plus bias and Gaussian noise of <paramref name="noise"/> rad/s per axis.</summary>
    public static IEnumerable<ImuSample> RollerProfile(
        Func<double, double> omega,
        IEnumerable<TimeSpan> times,
        Vector3 axis,
        Vector3 bias,
        double noise,
        Random random)
    {
        ArgumentNullException.ThrowIfNull(omega);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(random);
        var direction = Vector3.Normalize(axis);
        foreach (var time in times)
        {
            var jitter = new Vector3((float)Gaussian(random, noise), (float)Gaussian(random, noise), (float)Gaussian(random, noise));
            yield return Roller(time, direction, omega(time.TotalSeconds), bias + jitter);
        }
    }

    /// <summary>A body sensor standing upright and still: gravity along its +y (DESIGN.md section 2).</summary>
    public static IEnumerable<ImuSample> BodyStanding(IEnumerable<TimeSpan> times) =>
        BodyReclined(times, 90);

    /// <summary>
    /// A still body sensor whose long axis (+y) is <paramref name="degreesAboveHorizontal"/> above horizontal, face up:
    /// 90 is standing, 0 lying flat (DESIGN.md section 4).
    /// </summary>
    public static IEnumerable<ImuSample> BodyReclined(IEnumerable<TimeSpan> times, double degreesAboveHorizontal)
    {
        ArgumentNullException.ThrowIfNull(times);
        var angle = degreesAboveHorizontal * Math.PI / 180.0;

        // Face up and reclined, "up" in the body frame lies between +y (head) and −x (the back faces the floor).
        var up = new Vector3((float)(-Math.Cos(angle) * Gravity), (float)(Math.Sin(angle) * Gravity), 0);
        return times.Select(time => new ImuSample(time, SensorRole.Body, up, Vector3.Zero));
    }

    /// <summary>Both sensors' samples in one stream, ordered by time (roller first at equal times), as a recording interleaves them.</summary>
    public static IEnumerable<ImuSample> Interleave(params IEnumerable<ImuSample>[] streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        return streams.SelectMany(stream => stream).OrderBy(sample => sample.Time).ThenBy(sample => sample.Sensor).ToArray();
    }

    /// <summary>A normal deviate with standard deviation <paramref name="sigma"/> (Box–Muller).</summary>
    public static double Gaussian(Random random, double sigma)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
