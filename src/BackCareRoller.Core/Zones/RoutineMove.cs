namespace BackCareRoller.Core.Zones;

/// <summary>The four moves of the routine (DESIGN.md section 1), or none when nobody is on the roller.</summary>
public enum RoutineMove : byte
{
    /// <summary>Not on the roller, standing, or in a transition.</summary>
    None = 0,

    /// <summary>Seated on the roller, figure-four; anchor mid-glute (u ≈ 0.53).</summary>
    Glutes,

    /// <summary>Face down on the elbows; anchor just below the hip bone (u ≈ 0.50, front).</summary>
    HipFlexors,

    /// <summary>Seated, hips lifted; anchor just below the gluteal fold (u ≈ 0.45).</summary>
    Hamstrings,

    /// <summary>Face up, knees bent, hips lifted; anchor under the shoulder blades (u ≈ 0.78).</summary>
    UpperBack,
}
