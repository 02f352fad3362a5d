namespace BackCareRoller.Core.CheckIns;

/// <summary>A week's mean pain against the previous week with check-ins.</summary>
public enum PainTrend
{
    /// <summary>Nothing to compare: no check-ins this week, or none in an earlier week.</summary>
    None = 0,

    /// <summary>Lower by at least one point of the 0–10 scale.</summary>
    Lower = 1,

    /// <summary>Higher by at least one point.</summary>
    Higher = 2,

    /// <summary>Within one point.</summary>
    Steady = 3,
}
