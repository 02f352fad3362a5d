namespace BackCareRoller.Core.Alignment;

/// <summary>Defaults of <see cref="AlignmentSettings"/>.</summary>
internal static class AlignmentDefaults
{
    /// <summary>
    /// Longest interval (s) still treated as continuous data. The slowest accepted rate is 25 Hz (40 ms, DESIGN.md
    /// section 5); jitter and a few lost BLE packets stay well below 0.25 s, while a real dropout does not.
    /// </summary>
    public static readonly TimeSpan GapThreshold = TimeSpan.FromSeconds(0.25);
}
