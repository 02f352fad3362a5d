namespace BackCareRoller.Core.Zones;

/// <summary>
/// One row of the typical pelvis orientations of DESIGN.md section 4: a move, done on one side, and the recline
/// and tilt ranges the body sensor sees while the user is in it.
/// </summary>
/// <param name="Move">The routine move.</param>
/// <param name="Side">The side rolled, or null when the move is symmetric (upper back, hamstrings with both legs).</param>
/// <param name="ReclineFromDegrees">Lowest long-axis elevation above horizontal, degrees, head end up.</param>
/// <param name="ReclineToDegrees">Highest long-axis elevation, degrees.</param>
/// <param name="TiltFromDegrees">Lowest roll about the long axis, degrees, right side lower positive.</param>
/// <param name="TiltToDegrees">Highest roll about the long axis, degrees.</param>
public readonly record struct MovePosture(
    RoutineMove Move,
    BodySide? Side,
    double ReclineFromDegrees,
    double ReclineToDegrees,
    double TiltFromDegrees,
    double TiltToDegrees)
{
    /// <summary>The face of the body on the roller in this move.</summary>
    public BodyFace Face => ZoneTable.FaceFor(Move);
}
