using System.Numerics;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.Posture;

/// <summary>
/// Hand-built body-sensor streams: the body frame of DESIGN.md section 2 (x forward, y up, z right), earth z up,
/// a mount rotation between body and sensor, and postures given as recline and tilt (right side lower positive).
/// </summary>
internal static class BodyStreams
{
    public const double Gravity = 9.81;

    /// <summary>Body axes in the earth frame while standing, facing +x.</summary>
    public static Quaternion Standing() => FromAxes(Vector3.UnitX, Vector3.UnitZ, -Vector3.UnitY);

    /// <summary>Body axes lying (back down when <paramref name="backDown"/>), head toward −x, raised and rolled.</summary>
    public static Quaternion Lying(bool backDown, double reclineDegrees, double tiltDegrees)
    {
        var face = backDown ? 1f : -1f;
        var rho = (float)(reclineDegrees * Math.PI / 180);
        var phi = (float)(tiltDegrees * Math.PI / 180);
        var head = -Vector3.UnitX;
        var y = (MathF.Cos(rho) * head) + (MathF.Sin(rho) * Vector3.UnitZ);
        var x = face * ((-MathF.Sin(rho) * head) + (MathF.Cos(rho) * Vector3.UnitZ));
        var z = Vector3.Cross(x, y);
        var xt = (MathF.Cos(phi) * x) + (face * MathF.Sin(phi) * z);
        var zt = (MathF.Cos(phi) * z) - (face * MathF.Sin(phi) * x);
        return FromAxes(xt, y, zt);
    }

    /// <summary>The rotation that carries the unit axes onto x, y, z (orthonormal, right-handed).</summary>
    public static Quaternion FromAxes(Vector3 x, Vector3 y, Vector3 z) =>
        Quaternion.Normalize(Quaternion.CreateFromRotationMatrix(new Matrix4x4(x.X, x.Y, x.Z, 0, y.X, y.Y, y.Z, 0, z.X, z.Y, z.Z, 0, 0, 0, 0, 1)));

    /// <summary>A mount rotation (sensor to body) from angles about the body's x, y and z, degrees.</summary>
    public static Quaternion Mount(double aboutX, double aboutY, double aboutZ) => Quaternion.Normalize(
        Quaternion.CreateFromAxisAngle(Vector3.UnitX, (float)(aboutX * Math.PI / 180))
        * Quaternion.CreateFromAxisAngle(Vector3.UnitY, (float)(aboutY * Math.PI / 180))
        * Quaternion.CreateFromAxisAngle(Vector3.UnitZ, (float)(aboutZ * Math.PI / 180)));

    /// <summary>Samples of a still body at <paramref name="orientation"/> (body to earth), seen through <paramref name="mount"/>.</summary>
    public static IEnumerable<ImuSample> Still(Quaternion orientation, Quaternion mount, double from, double seconds, double rateHz)
    {
        var force = Vector3.Transform(new Vector3(0, 0, (float)Gravity), Quaternion.Conjugate(orientation));
        var sensor = Vector3.Transform(force, Quaternion.Conjugate(mount));
        for (var t = from; t < from + seconds; t += 1 / rateHz)
        {
            yield return new ImuSample(TimeSpan.FromSeconds(t), SensorRole.Body, sensor, Vector3.Zero);
        }
    }

    /// <summary>Samples turning the body from <paramref name="start"/> to <paramref name="end"/> (slerp), with the matching gyro.</summary>
    public static IEnumerable<ImuSample> Turn(Quaternion start, Quaternion end, Quaternion mount, double from, double seconds, double rateHz)
    {
        var toSensor = Quaternion.Conjugate(mount);
        for (var t = from; t < from + seconds; t += 1 / rateHz)
        {
            var x = (float)((t - from) / seconds);
            var q = Quaternion.Slerp(start, end, x);
            var next = Quaternion.Slerp(start, end, MathF.Min(1, x + (float)(0.001 / seconds)));
            var delta = Quaternion.Conjugate(q) * next;
            var rate = 2 * new Vector3(delta.X, delta.Y, delta.Z) / 0.001f;
            var force = Vector3.Transform(new Vector3(0, 0, (float)Gravity), Quaternion.Conjugate(q));
            yield return new ImuSample(TimeSpan.FromSeconds(t), SensorRole.Body, Vector3.Transform(force, toSensor), Vector3.Transform(rate, toSensor));
        }
    }
}
