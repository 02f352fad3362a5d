namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// A slip between body and roller: the contact moves <see cref="Distance"/> metres along the body without the
/// roller turning for it (DESIGN.md section 3: brief, a few cm). During a pass this makes the contact move more or
/// less than ω·r; during a pause it moves while the roller stays still.
/// </summary>
/// <param name="Start">Session time the slip starts, s.</param>
/// <param name="Duration">Length of the slip, s.</param>
/// <param name="Distance">Contact travel, m (+ toward the head).</param>
internal readonly record struct ContactSlip(double Start, double Duration, double Distance)
{
    public double End => Start + Duration;

    public Kinematics At(double t)
    {
        var x = (t - Start) / Duration;
        var scale = Distance / Duration;
        return new Kinematics(
            Distance * Smooth.Push(x),
            scale * Smooth.PushSlope(x),
            x <= 0 || x >= 1 ? 0 : scale * 2 * Math.PI / Duration * Math.Sin(2 * Math.PI * x));
    }
}
