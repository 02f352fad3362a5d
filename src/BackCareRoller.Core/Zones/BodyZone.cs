namespace BackCareRoller.Core.Zones;

/// <summary>Where on the body the roller's contact point is (DESIGN.md section 4). JSON form: snake_case.</summary>
public enum BodyZone : byte
{
    /// <summary>Not on the roller, or unknown.</summary>
    None = 0,

    /// <summary>Back of the lower leg, u 0.04–0.285.</summary>
    Calves,

    /// <summary>Back of the thigh, u 0.285–0.48.</summary>
    Hamstrings,

    /// <summary>Buttocks, u 0.48–0.58.</summary>
    Glutes,

    /// <summary>Lower back, u 0.58–0.67. Not allowed: "lower back, stop".</summary>
    Lumbar,

    /// <summary>Upper back, u 0.67–0.86.</summary>
    UpperBack,

    /// <summary>Neck, u 0.86–0.93. Not allowed: "neck, stop".</summary>
    Neck,

    /// <summary>Front of the thigh, u 0.285–0.47.</summary>
    Quads,

    /// <summary>Front of the hip, u 0.47–0.55.</summary>
    HipFlexors,
}
