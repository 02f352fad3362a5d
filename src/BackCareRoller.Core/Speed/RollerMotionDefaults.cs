namespace BackCareRoller.Core.Speed;

/// <summary>Defaults of <see cref="RollerMotionSettings"/>.</summary>
internal static class RollerMotionDefaults
{
    /// <summary>m: half the 15 cm default roller diameter (DESIGN.md section 3).</summary>
    public const double RollerRadiusMeters = 0.075;

    /// <summary>rad/s: above this the roller counts as rolling; the bias stage's still threshold (0.375 cm/s on a 15 cm roller).</summary>
    public const double RollingThresholdRadiansPerSecond = 0.05;
}
