namespace BackCareRoller.Sources.Simulation;

/// <summary>Where a rigid carrier (pelvis or roller) is: its orientation (carrier frame → world) and reference point, m.</summary>
internal readonly record struct Pose(Rotation Orientation, Vec3 Position);
