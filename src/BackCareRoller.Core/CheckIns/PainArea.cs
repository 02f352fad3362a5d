namespace BackCareRoller.Core.CheckIns;

/// <summary>Where a check-in says it hurts (issue 8): the areas the routine's guidance speaks about.</summary>
public enum PainArea
{
    /// <summary>The lower back (the lumbar area the roller must never roll).</summary>
    LowerBack = 0,

    /// <summary>A buttock (glute, piriformis).</summary>
    Buttock = 1,

    /// <summary>A leg.</summary>
    Leg = 2,
}
