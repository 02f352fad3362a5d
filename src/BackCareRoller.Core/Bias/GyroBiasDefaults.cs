namespace BackCareRoller.Core.Bias;

/// <summary>Defaults of <see cref="GyroBiasSettings"/>.</summary>
internal static class GyroBiasDefaults
{
    /// <summary>
    /// rad/s. Below this the bias-corrected rate, smoothed over 0.1 s, counts as still: 0.02 rad/s (1.1 deg/s) is
    /// several times the smoothed noise of a consumer gyro (under 0.003 rad/s) but below the roller's rocking
    /// from breathing and tremor while someone lies on it, whose slow part would otherwise leak into the bias.
    /// Fusion uses 3 deg/s for a hand-held IMU (xioTechnologies/Fusion, FusionBias.h).
    /// </summary>
    public const double StillThresholdRadiansPerSecond = 0.02;

    /// <summary>
    /// rad/s: the largest bias accepted before a first estimate exists. Consumer MEMS gyros leave calibration within
    /// a few deg/s (0.05–0.1 rad/s); 0.3 rad/s keeps a margin yet stops a steady roll from being taken for bias.
    /// </summary>
    public const double MaxInitialBiasRadiansPerSecond = 0.3;

    /// <summary>Still block, 0.5 s: the first bias is known after 1 s of the 2–3 s standing start (DESIGN.md section 2).</summary>
    public static readonly TimeSpan StillDuration = TimeSpan.FromSeconds(0.5);

    /// <summary>Time constant of the bias low-pass while still: 2 s averages the noise away yet follows thermal drift.</summary>
    public static readonly TimeSpan TimeConstant = TimeSpan.FromSeconds(2);

    /// <summary>Time constant of the smoothing used only to decide stillness: 0.1 s, so single noisy samples do not break a still stretch.</summary>
    public static readonly TimeSpan DetectionTimeConstant = TimeSpan.FromSeconds(0.1);
}
