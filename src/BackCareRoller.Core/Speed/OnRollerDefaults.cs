namespace BackCareRoller.Core.Speed;

/// <summary>Defaults of <see cref="OnRollerSettings"/>.</summary>
internal static class OnRollerDefaults
{
    /// <summary>rad/s: gyro magnitude above which the roller counts as moving; as the bias stage's still threshold.</summary>
    public const double MovingThresholdRadiansPerSecond = 0.05;

    /// <summary>
    /// Without a body sensor, a stretch of rolling shorter than this is a nudge, not a pass: passes take 2–4 s per
    /// direction (DESIGN.md section 3), a push of the roller with a hand or foot about a second.
    /// </summary>
    public static readonly TimeSpan MinPassDuration = TimeSpan.FromSeconds(1.0);

    /// <summary>Stillness that ends a stretch of rolling before it became a pass: 0.5 s, longer than a turn at the end of a pass.</summary>
    public static readonly TimeSpan PassBreak = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// Without a body sensor, stillness after which the user is taken to have left the roller: 40 s, longer than
    /// the 20–30 s pause on a tender spot (DESIGN.md section 1).
    /// </summary>
    public static readonly TimeSpan ReleaseAfter = TimeSpan.FromSeconds(40);

    /// <summary>
    /// Degrees between the body sensor's long axis and its standing "up" below which the user is upright: the most
    /// upright move (glutes, seated) reclines the pelvis 35–60° above horizontal, 30° or more off vertical
    /// (DESIGN.md section 4); standing sway stays within a few degrees.
    /// </summary>
    public const double UprightTiltDegrees = 20;

    /// <summary>Time constant of the body accelerometer low-pass that gives the body's posture: 0.5 s.</summary>
    public static readonly TimeSpan PostureTimeConstant = TimeSpan.FromSeconds(0.5);

    /// <summary>
    /// rad/s: a body turning slower than this is settled in a posture. Getting on or off the roller turns the pelvis
    /// through 40–90° in 2–4 s (peaks near 1 rad/s); rolling itself changes the recline by only a few degrees.
    /// </summary>
    public const double SettledRateRadiansPerSecond = 0.3;

    /// <summary>rad/s: a body turning faster than this is changing posture, so whoever was on the roller is getting off.</summary>
    public const double UnsettledRateRadiansPerSecond = 0.6;

    /// <summary>How long the body must be settled, and not upright, before the user counts as on the roller: 0.5 s.</summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(0.5);

    /// <summary>Time constant of the body rate low-pass: 0.2 s.</summary>
    public static readonly TimeSpan BodyRateTimeConstant = TimeSpan.FromSeconds(0.2);

    /// <summary>A body sensor silent for longer than this is ignored and the roller-only rule applies: 1 s.</summary>
    public static readonly TimeSpan BodyStaleAfter = TimeSpan.FromSeconds(1);
}
