using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Builds pelvis orientations from the angles of DESIGN.md section 4 in a world frame with z up. The pelvis frame is
/// the body sensor's nominal one: +x forward (anterior), +y toward the head, +z to the right.
/// </summary>
internal static class Posture
{
    /// <summary>Lying or seated on the roller.</summary>
    /// <param name="face">Back face on the roller (face up, seated) or front (face down).</param>
    /// <param name="recline">Long axis above horizontal, head higher, rad.</param>
    /// <param name="tilt">Rotation about the long axis, rad (sign chosen by <see cref="TiltTowards"/>).</param>
    /// <param name="heading">Direction of the head over the floor, rad from world +x.</param>
    public static Rotation OnRoller(BodyFace face, double recline, double tilt, double heading)
    {
        var (head, forward, right) = Axes(face, recline, heading);
        var roll = Rotation.FromAxisAngle(head, tilt);
        return Rotation.FromAxes(roll.Rotate(forward), head, roll.Rotate(right));
    }

    /// <summary>Standing upright facing <paramref name="heading"/>.</summary>
    public static Rotation Standing(double heading)
    {
        var forward = new Vec3(Math.Cos(heading), Math.Sin(heading), 0);
        var up = Vec3.UnitZ;
        return Rotation.FromAxes(forward, up, Vec3.Cross(forward, up));
    }

    /// <summary>The horizontal direction the head points in, the axis the body slides along on the roller.</summary>
    public static Vec3 HeadOverFloor(double heading) => new(Math.Cos(heading), Math.Sin(heading), 0);

    /// <summary>The signed tilt that lowers the rolled side by <paramref name="magnitude"/> (rad); + if no side.</summary>
    public static double TiltTowards(BodyFace face, double recline, BodySide? side, double magnitude)
    {
        if (side is null)
        {
            return magnitude;
        }

        // Try one sign and keep it if the rolled side's lateral axis ends up pointing below horizontal.
        var (head, _, right) = Axes(face, recline, 0);
        var sideAxis = side == BodySide.Right ? right : -right;
        var lowered = Rotation.FromAxisAngle(head, Math.Abs(magnitude)).Rotate(sideAxis);
        return lowered.Z < 0 ? Math.Abs(magnitude) : -Math.Abs(magnitude);
    }

    private static (Vec3 Head, Vec3 Forward, Vec3 Right) Axes(BodyFace face, double recline, double heading)
    {
        var e1 = HeadOverFloor(heading);
        var e3 = Vec3.UnitZ;
        var head = (Math.Cos(recline) * e1) + (Math.Sin(recline) * e3);

        // Face up the front points up; face down it points at the floor.
        var forward = face == BodyFace.Back
            ? (-Math.Sin(recline) * e1) + (Math.Cos(recline) * e3)
            : (Math.Sin(recline) * e1) - (Math.Cos(recline) * e3);
        return (head, forward, Vec3.Cross(forward, head));
    }
}
