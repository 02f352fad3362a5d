namespace BackCareRoller.Core.Alerts;

/// <summary>Defaults of <see cref="TooFastSettings"/>: the too-fast rule of DESIGN.md section 3.</summary>
internal static class TooFastDefaults
{
    /// <summary>m/s: the moving average above which rolling is too fast, 5.0 cm/s (twice the advised 2.5 cm/s).</summary>
    public const double RaiseAboveMetersPerSecond = 0.05;

    /// <summary>m/s: the moving average below which a too-fast episode ends, 4.0 cm/s.</summary>
    public const double ClearBelowMetersPerSecond = 0.04;

    /// <summary>Length of the moving average of |v|: 1 s.</summary>
    public static readonly TimeSpan AverageWindow = TimeSpan.FromSeconds(1);

    /// <summary>At most one too-fast alert every 3 s.</summary>
    public static readonly TimeSpan MinAlertInterval = TimeSpan.FromSeconds(3);

    /// <summary>A longer interval between two roller samples is a gap and adds no time to the average (as the aligner's default).</summary>
    public static readonly TimeSpan GapThreshold = TimeSpan.FromSeconds(0.25);
}
