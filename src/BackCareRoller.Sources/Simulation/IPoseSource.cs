namespace BackCareRoller.Sources.Simulation;

/// <summary>A carrier's pose as a pure, smooth function of session time, defined for any time (held constant outside its own span).</summary>
internal interface IPoseSource
{
    /// <summary>The pose at session time <paramref name="t"/>, s.</summary>
    Pose PoseAt(double t);
}
