namespace BackCareRoller.Core.Speed;

/// <summary>Defaults of <see cref="RollerMotionSettings"/>.</summary>
internal static class RollerMotionDefaults
{
    /// <summary>m: half the 15 cm default roller diameter (DESIGN.md section 3).</summary>
    public const double RollerRadiusMeters = 0.075;

    /// <summary>rad/s: above this the roller counts as rolling; the bias stage's still threshold (0.375 cm/s on a 15 cm roller).</summary>
    public const double RollingThresholdRadiansPerSecond = 0.05;

    /// <summary>
    /// A stretch of rolling shorter than this is a nudge, not a pass: passes take 2–4 s per direction
    /// (DESIGN.md section 3), a push of the roller with a hand or foot well under a second.
    /// </summary>
    public static readonly TimeSpan MinPassDuration = TimeSpan.FromSeconds(1.0);

    /// <summary>Stillness that ends a stretch of rolling before it became a pass: 0.5 s, longer than a turn at the end of a pass.</summary>
    public static readonly TimeSpan PassBreak = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// Stillness after which the user is taken to have left the roller: 40 s, longer than the 20–30 s pause on a
    /// tender spot (DESIGN.md section 1).
    /// </summary>
    public static readonly TimeSpan ReleaseAfter = TimeSpan.FromSeconds(40);

    /// <summary>
    /// Degrees between the body sensor's long axis and the vertical below which the user is standing: the most
    /// upright move (glutes, seated) reclines the pelvis 35–60° above horizontal, i.e. 30° or more off vertical
    /// (DESIGN.md section 4), and the mount adds up to ±15° (section 2).
    /// </summary>
    public const double UprightTiltDegrees = 20;

    /// <summary>Time constant of the body accelerometer low-pass that gives the body's "up": 0.5 s.</summary>
    public static readonly TimeSpan PostureTimeConstant = TimeSpan.FromSeconds(0.5);
}
