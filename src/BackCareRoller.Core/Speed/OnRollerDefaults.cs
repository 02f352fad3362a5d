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
    /// m/s²: without a body sensor, a turning roller whose specific force along its rotation exceeds this is being
    /// handled, not rolled. On the floor the roller turns about its horizontal axis, so gravity and the accelerations
    /// of rolling lie across the rotation (under 1.6 m/s² on simulated sessions); lifted and tilted, gravity lies
    /// along it (6–8 m/s²).
    /// </summary>
    public const double HandlingForceMetersPerSecondSquared = 3.0;

    /// <summary>
    /// rad/s: without a body sensor, a roller turning faster than this is being kicked or spun. The fastest passes
    /// DESIGN.md section 7 scenarios contain (13 cm/s) turn a 10 cm roller at 2.6 rad/s; a kick sends it across the
    /// floor at up to 12 rad/s.
    /// </summary>
    public const double MaxPassRateRadiansPerSecond = 5.0;

    /// <summary>rad/s: slower than this the rotation's direction is too noisy to judge handling by.</summary>
    public const double HandlingMinRateRadiansPerSecond = 0.3;

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

    /// <summary>
    /// A body sensor silent for longer than this is taken as gone and the roller-only rule applies: 10 s. Shorter
    /// dropouts (lost BLE packets, seconds at most) keep the body's last verdict, so a roller lifted while the hip
    /// sensor drops out is not taken for rolling.
    /// </summary>
    public static readonly TimeSpan BodyStaleAfter = TimeSpan.FromSeconds(10);
}
