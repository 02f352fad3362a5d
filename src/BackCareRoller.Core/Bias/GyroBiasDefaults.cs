namespace BackCareRoller.Core.Bias;

/// <summary>Defaults of <see cref="GyroBiasSettings"/>.</summary>
internal static class GyroBiasDefaults
{
    /// <summary>
    /// rad/s. Below this the (briefly smoothed) bias-corrected rate counts as still: 0.05 rad/s is 0.375 cm/s of
    /// traverse on a 15 cm roller, far below the 2.5 cm/s advised pace (DESIGN.md section 3), and about twice the
    /// 3 deg/s Fusion uses for a hand-held IMU (xioTechnologies/Fusion, FusionBias.h).
    /// </summary>
    public const double StillThresholdRadiansPerSecond = 0.05;

    /// <summary>How long the rate must stay below the threshold before the bias is learned: 0.5 s.</summary>
    public static readonly TimeSpan StillDuration = TimeSpan.FromSeconds(0.5);

    /// <summary>Time constant of the bias low-pass while still: 2 s averages the noise away yet follows thermal drift.</summary>
    public static readonly TimeSpan TimeConstant = TimeSpan.FromSeconds(2);

    /// <summary>Time constant of the smoothing used only to decide stillness: 0.1 s, so single noisy samples do not break a still stretch.</summary>
    public static readonly TimeSpan DetectionTimeConstant = TimeSpan.FromSeconds(0.1);
}
