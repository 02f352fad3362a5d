using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// How a move is rolled when done right: the band of contact positions u it keeps to (derived from
/// <see cref="ZoneTable"/>, with a margin from forbidden zones), how wide the passes are, and the pelvis angles of
/// DESIGN.md section 4.
/// </summary>
/// <param name="Move">The move.</param>
/// <param name="SafeLow">Lowest u a correct pass reaches.</param>
/// <param name="SafeHigh">Highest u a correct pass reaches.</param>
/// <param name="HalfRangeMin">Smallest half-width of a person's passes, u.</param>
/// <param name="HalfRangeMax">Largest half-width, u.</param>
/// <param name="ReclineMinDegrees">Table range of the recline.</param>
/// <param name="ReclineMaxDegrees">Table range of the recline.</param>
/// <param name="TiltMinDegrees">Table range of the tilt toward the rolled side (or ± when no side).</param>
/// <param name="TiltMaxDegrees">Table range of the tilt.</param>
/// <param name="PelvisHeightAboveRoller">Height of the pelvis reference point above the roller's top, m.</param>
internal sealed record MoveProfile(
    RoutineMove Move,
    double SafeLow,
    double SafeHigh,
    double HalfRangeMin,
    double HalfRangeMax,
    double ReclineMinDegrees,
    double ReclineMaxDegrees,
    double TiltMinDegrees,
    double TiltMaxDegrees,
    double PelvisHeightAboveRoller)
{
    /// <summary>Distance kept from a forbidden zone by correct passes, u (≈ 2 cm): room for slips and tremor.</summary>
    public const double ForbiddenMargin = 0.012;

    /// <summary>Tilt range for both hamstrings at once, ± degrees (DESIGN.md section 4).</summary>
    public const double BothLegsTiltDegrees = 3;

    /// <summary>The profile of <paramref name="move"/>.</summary>
    public static MoveProfile For(RoutineMove move)
    {
        var lumbar = ZoneTable.BandOf(BodyZone.Lumbar);
        var neck = ZoneTable.BandOf(BodyZone.Neck);
        return move switch
        {
            // Seated on one glute: the band runs from the gluteal fold up to a margin below the iliac crest.
            RoutineMove.Glutes => new MoveProfile(
                move, ZoneTable.BandOf(BodyZone.Glutes).From + 0.005, lumbar.From - ForbiddenMargin, 0.012, 0.028, 35, 60, 15, 30, 0.06),

            // Face down: from the top of the thigh up to just below the hip bone (above it is the belly, no zone).
            RoutineMove.HipFlexors => new MoveProfile(
                move, ZoneTable.BandOf(BodyZone.HipFlexors).From - 0.012, ZoneTable.BandOf(BodyZone.HipFlexors).To - 0.008, 0.010, 0.025, 5, 25, 15, 30, 0.04),

            // From just below the gluteal fold down the back of the thigh.
            RoutineMove.Hamstrings => new MoveProfile(
                move, ZoneTable.BandOf(BodyZone.Hamstrings).From + 0.035, ZoneTable.BandOf(BodyZone.Hamstrings).To - 0.006, 0.025, 0.06, 20, 45, 5, 15, 0.10),

            // Between a margin above the lumbar zone and a margin below the neck.
            RoutineMove.UpperBack => new MoveProfile(
                move, lumbar.To + ForbiddenMargin, neck.From - ForbiddenMargin, 0.025, 0.06, 0, 25, -5, 5, 0.12),

            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "Only the four moves of the routine have a profile."),
        };
    }
}
