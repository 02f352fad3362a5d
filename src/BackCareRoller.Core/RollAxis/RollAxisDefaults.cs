namespace BackCareRoller.Core.RollAxis;

/// <summary>Defaults of <see cref="RollAxisSettings"/>.</summary>
internal static class RollAxisDefaults
{
    /// <summary>
    /// rad/s. Only samples turning at least this fast feed the axis estimate: at 0.2 rad/s (1.5 cm/s on a 15 cm
    /// roller) the rotation about the roll axis dominates noise and the small wobble about the other axes.
    /// </summary>
    public const double MinRateRadiansPerSecond = 0.2;

    /// <summary>Rolling time between two eigen-decompositions: 0.5 s, cheap and frequent enough to settle within a pass.</summary>
    public static readonly TimeSpan UpdateInterval = TimeSpan.FromSeconds(0.5);

    /// <summary>Rolling time before the first estimate: 0.25 s, a fraction of the 2–4 s pass (DESIGN.md section 3).</summary>
    public static readonly TimeSpan FirstEstimateAfter = TimeSpan.FromSeconds(0.25);

    /// <summary>Rolling time over which old samples fade from the scatter: 60 s, so a phone that slips in its strap is followed.</summary>
    public static readonly TimeSpan MemoryTimeConstant = TimeSpan.FromSeconds(60);
}
