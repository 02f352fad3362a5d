namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// A rotation as a unit quaternion in double precision. <see cref="Rotate"/> maps a vector from the rotated
/// (body) frame into the reference frame; composition <c>a * b</c> applies <c>b</c> first.
/// </summary>
internal readonly record struct Rotation(double W, double X, double Y, double Z)
{
    public static Rotation Identity => new(1, 0, 0, 0);

    public Rotation Inverse => new(W, -X, -Y, -Z);

    public static Rotation operator *(Rotation a, Rotation b) => new(
        (a.W * b.W) - (a.X * b.X) - (a.Y * b.Y) - (a.Z * b.Z),
        (a.W * b.X) + (a.X * b.W) + (a.Y * b.Z) - (a.Z * b.Y),
        (a.W * b.Y) - (a.X * b.Z) + (a.Y * b.W) + (a.Z * b.X),
        (a.W * b.Z) + (a.X * b.Y) - (a.Y * b.X) + (a.Z * b.W));

    /// <summary>The rotation by <paramref name="angle"/> radians about <paramref name="axis"/> (right-handed).</summary>
    public static Rotation FromAxisAngle(Vec3 axis, double angle)
    {
        var unit = axis.Normalized();
        var half = angle / 2;
        var s = Math.Sin(half);
        return new Rotation(Math.Cos(half), unit.X * s, unit.Y * s, unit.Z * s);
    }

    /// <summary>The rotation whose vector is <paramref name="rotationVector"/> (axis times angle in radians).</summary>
    public static Rotation FromRotationVector(Vec3 rotationVector)
    {
        var angle = rotationVector.Length;
        return angle < 1e-15 ? Identity : FromAxisAngle(rotationVector, angle);
    }

    /// <summary>The rotation whose body axes x, y, z point along the given orthonormal reference-frame vectors.</summary>
    public static Rotation FromAxes(Vec3 x, Vec3 y, Vec3 z)
    {
        // Shepperd's method on the matrix with columns x, y, z: pick the largest diagonal term for stability.
        var trace = x.X + y.Y + z.Z;
        Rotation q;
        if (trace > 0)
        {
            var s = Math.Sqrt(trace + 1) * 2;
            q = new Rotation(s / 4, (y.Z - z.Y) / s, (z.X - x.Z) / s, (x.Y - y.X) / s);
        }
        else if (x.X > y.Y && x.X > z.Z)
        {
            var s = Math.Sqrt(1 + x.X - y.Y - z.Z) * 2;
            q = new Rotation((y.Z - z.Y) / s, s / 4, (y.X + x.Y) / s, (z.X + x.Z) / s);
        }
        else if (y.Y > z.Z)
        {
            var s = Math.Sqrt(1 + y.Y - x.X - z.Z) * 2;
            q = new Rotation((z.X - x.Z) / s, (y.X + x.Y) / s, s / 4, (z.Y + y.Z) / s);
        }
        else
        {
            var s = Math.Sqrt(1 + z.Z - x.X - y.Y) * 2;
            q = new Rotation((x.Y - y.X) / s, (z.X + x.Z) / s, (z.Y + y.Z) / s, s / 4);
        }

        return q.Normalized();
    }

    /// <summary>Spherical interpolation from <paramref name="from"/> (<paramref name="t"/> = 0) to <paramref name="to"/> (1), the short way.</summary>
    public static Rotation Slerp(Rotation from, Rotation to, double t)
    {
        var delta = from.Inverse * to;
        if (delta.W < 0)
        {
            delta = new Rotation(-delta.W, -delta.X, -delta.Y, -delta.Z);
        }

        return from * FromRotationVector(delta.ToRotationVector() * t);
    }

    /// <summary>Maps <paramref name="v"/> from the body frame into the reference frame.</summary>
    public Vec3 Rotate(Vec3 v)
    {
        // v' = v + 2w(q × v) + 2 q × (q × v), with q the vector part.
        var q = new Vec3(X, Y, Z);
        var t = 2 * Vec3.Cross(q, v);
        return v + (W * t) + Vec3.Cross(q, t);
    }

    /// <summary>Axis times angle (radians, in −π..π), the inverse of <see cref="FromRotationVector"/>.</summary>
    public Vec3 ToRotationVector()
    {
        var w = W;
        var v = new Vec3(X, Y, Z);
        if (w < 0)
        {
            w = -w;
            v = -v;
        }

        var sinHalf = v.Length;
        if (sinHalf < 1e-15)
        {
            return v * 2;
        }

        var angle = 2 * Math.Atan2(sinHalf, w);
        return v * (angle / sinHalf);
    }

    public Rotation Normalized()
    {
        var n = Math.Sqrt((W * W) + (X * X) + (Y * Y) + (Z * Z));
        return new Rotation(W / n, X / n, Y / n, Z / n);
    }
}
