namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Moving from one posture to the next (getting on or off the roller, turning over, switching sides): both postures
/// keep their own motion and the pose blends from one to the other along a smooth step, so pose and velocity stay
/// continuous at both ends.
/// </summary>
internal sealed class TransitionModel(IPoseSource from, IPoseSource to, double start, double end) : IPoseSource
{
    public Pose PoseAt(double t)
    {
        var w = Smooth.Step((t - start) / (end - start));
        var a = from.PoseAt(t);
        if (w <= 0)
        {
            return a;
        }

        var b = to.PoseAt(t);
        if (w >= 1)
        {
            return b;
        }

        return new Pose(Rotation.Slerp(a.Orientation, b.Orientation, w), a.Position + ((b.Position - a.Position) * w));
    }
}
