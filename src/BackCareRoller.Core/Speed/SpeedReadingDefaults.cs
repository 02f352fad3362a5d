namespace BackCareRoller.Core.Speed;

/// <summary>Defaults of <see cref="SpeedReadingSettings"/>.</summary>
internal static class SpeedReadingDefaults
{
    /// <summary>The report's speed series is at 10 Hz of session time (DESIGN.md section 6).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(0.1);

    /// <summary>
    /// m/s: a fitted speed below this reads 0. 0.05 cm/s is about the noise left in the fit of a still gyro
    /// (0.01 rad/s per sample on a 15 cm roller), so pauses read 0 while a turn at the end of a pass still shows.
    /// </summary>
    public const double DeadbandMetersPerSecond = 0.0005;

    /// <summary>
    /// Shortest half-window of the fit: 50 ms. The contact's speed carries tremor up to about 6 Hz, which a wider
    /// window flattens; on simulated sessions (seeds below 1000) ±50 ms halved the error of a 100 ms mean.
    /// </summary>
    public static readonly TimeSpan MinHalfWindow = TimeSpan.FromMilliseconds(50);

    /// <summary>Sample intervals per half-window at low rates, so a 25 Hz roller still gives the fit five samples.</summary>
    public const double IntervalsPerHalfWindow = 2.5;

    /// <summary>Intervals longer than this are gaps and do not count toward the sample rate (as the aligner's default).</summary>
    public static readonly TimeSpan GapThreshold = TimeSpan.FromSeconds(0.25);
}
