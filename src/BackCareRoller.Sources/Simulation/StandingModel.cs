namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// A person standing (and walking between moves): upright pelvis with sway, plus walks that turn, travel and bounce
/// at the step rate. The first standing phase starts with the 2–3 s still calibration of DESIGN.md section 2.
/// </summary>
internal sealed class StandingModel : IPoseSource
{
    private readonly double _heading;
    private readonly Vec3 _position;
    private readonly Wave[] _pitch;
    private readonly Wave[] _roll;
    private readonly Wave[] _yaw;
    private readonly Wave[] _sway;
    private readonly Walk[] _walks;

    public StandingModel(double heading, Vec3 position, Wave[] pitch, Wave[] roll, Wave[] yaw, Wave[] sway, Walk[] walks)
    {
        _heading = heading;
        _position = position;
        _pitch = pitch;
        _roll = roll;
        _yaw = yaw;
        _sway = sway;
        _walks = walks;
    }

    public Pose PoseAt(double t)
    {
        // Turns and travel of the walks done so far, with the step bounce of a walk under way.
        var heading = _heading + Wave.Sum(_yaw, t);
        var position = _position + new Vec3(Wave.Sum(_sway, t), Wave.Sum(_sway, t + 1.7), 0);
        foreach (var walk in _walks)
        {
            var x = (t - walk.Start) / walk.Duration;
            heading += walk.Turn * Smooth.Step(x);
            position += walk.Direction * (walk.Distance * Smooth.Step(x));
            if (x > 0 && x < 1)
            {
                position += new Vec3(0, 0, walk.Bounce * Math.Sin(Math.PI * x) * Math.Sin(2 * Math.PI * walk.StepHz * (t - walk.Start)));
            }
        }

        var lean = new Vec3(Wave.Sum(_roll, t), 0, Wave.Sum(_pitch, t));
        return new Pose(Posture.Standing(heading) * Rotation.FromRotationVector(lean), position);
    }

    /// <summary>One walk: a turn, a stretch of travel and a vertical bounce at the step rate, all fading in and out.</summary>
    /// <param name="Start">Session time, s.</param>
    /// <param name="Duration">s.</param>
    /// <param name="Turn">Heading change, rad.</param>
    /// <param name="Direction">Unit direction of travel over the floor.</param>
    /// <param name="Distance">m.</param>
    /// <param name="Bounce">Vertical amplitude of the steps, m.</param>
    /// <param name="StepHz">Step rate, Hz.</param>
    internal readonly record struct Walk(double Start, double Duration, double Turn, Vec3 Direction, double Distance, double Bounce, double StepHz);
}
