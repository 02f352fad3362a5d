namespace BackCareRoller.Core.Speed;

/// <summary>Defaults of <see cref="SpeedReadingSettings"/>.</summary>
internal static class SpeedReadingDefaults
{
    /// <summary>The report's speed series is at 10 Hz of session time (DESIGN.md section 6).</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(0.1);

    /// <summary>
    /// m/s: a mean speed below this reads 0. 0.05 cm/s is about the noise left in a 0.1 s mean of a still gyro
    /// (0.01 rad/s per sample on a 15 cm roller), so pauses read 0 while a turn at the end of a pass still shows.
    /// </summary>
    public const double DeadbandMetersPerSecond = 0.0005;
}
