namespace BackCareRoller.Core.Zones;

/// <summary>
/// The typical pelvis orientations per move of DESIGN.md section 4, one row per move and side. "Tilt toward the
/// rolled side" means that side is lower, so the right side is positive tilt and the left side negative.
/// </summary>
public static class MovePostureTable
{
    /// <summary>Every move and side the estimator tells apart.</summary>
    public static IReadOnlyList<MovePosture> Rows { get; } =
    [
        new(RoutineMove.UpperBack, null, 0, 25, -5, 5),
        new(RoutineMove.Glutes, BodySide.Left, 35, 60, -30, -15),
        new(RoutineMove.Glutes, BodySide.Right, 35, 60, 15, 30),
        new(RoutineMove.Hamstrings, BodySide.Left, 20, 45, -15, -5),
        new(RoutineMove.Hamstrings, BodySide.Right, 20, 45, 5, 15),
        new(RoutineMove.Hamstrings, null, 20, 45, -3, 3),
        new(RoutineMove.HipFlexors, BodySide.Left, 5, 25, -30, -15),
        new(RoutineMove.HipFlexors, BodySide.Right, 5, 25, 15, 30),
    ];

    /// <summary>Number of rows; the estimator keeps one hypothesis per row.</summary>
    internal const int Count = 8;
}
