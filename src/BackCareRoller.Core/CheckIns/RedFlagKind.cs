namespace BackCareRoller.Core.CheckIns;

/// <summary>
/// The routine's reasons to stop rolling the painful area and see a doctor or physiotherapist (DESIGN.md section 1,
/// issue 8). They are the routine's own guidance, not a diagnosis.
/// </summary>
public enum RedFlagKind
{
    /// <summary>The pain is sharp.</summary>
    SharpPain = 0,

    /// <summary>The pain runs down a leg.</summary>
    RadiatingPain = 1,

    /// <summary>The pain has lasted more than a week.</summary>
    LastingPain = 2,

    /// <summary>The pain was higher after rolling than before, in each of the last two sessions.</summary>
    RisingAfterRolling = 3,
}
