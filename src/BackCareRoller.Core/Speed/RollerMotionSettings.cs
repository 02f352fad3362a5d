namespace BackCareRoller.Core.Speed;

/// <summary>Settings of the roller-motion stage: traverse speed v = ω·r and the rule that tells a pass from a nudge.</summary>
public sealed record RollerMotionSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="rollerRadiusMeters">Roller radius, from the recording's metadata or the options.</param>
    /// <param name="rollingThresholdRadiansPerSecond">Rate above which the roller counts as rolling.</param>
    /// <param name="minPassDuration">Rolling shorter than this, with nobody confirmed on the roller, is a nudge.</param>
    /// <param name="passBreak">Stillness that ends a stretch of rolling that has not yet become a pass.</param>
    /// <param name="releaseAfter">Stillness after which the user is taken to have left the roller.</param>
    /// <param name="uprightTiltDegrees">Body long-axis tilt from vertical below which the user is standing.</param>
    /// <param name="postureTimeConstant">Time constant of the body posture low-pass.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RollerMotionSettings(
        double rollerRadiusMeters,
        double rollingThresholdRadiansPerSecond,
        TimeSpan minPassDuration,
        TimeSpan passBreak,
        TimeSpan releaseAfter,
        double uprightTiltDegrees,
        TimeSpan postureTimeConstant)
    {
        // 2–30 cm diameter brackets every foam roller and phone strap rig; 10–18 cm is typical (DESIGN.md section 3).
        ArgumentOutOfRangeException.ThrowIfLessThan(rollerRadiusMeters, 0.01);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rollerRadiusMeters, 0.15);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rollingThresholdRadiansPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(minPassDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(passBreak, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(releaseAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(uprightTiltDegrees, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(uprightTiltDegrees, 90.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(postureTimeConstant, TimeSpan.Zero);
        RollerRadiusMeters = rollerRadiusMeters;
        RollingThresholdRadiansPerSecond = rollingThresholdRadiansPerSecond;
        MinPassDuration = minPassDuration;
        PassBreak = passBreak;
        ReleaseAfter = releaseAfter;
        UprightTiltDegrees = uprightTiltDegrees;
        PostureTimeConstant = postureTimeConstant;
        MinPassSeconds = minPassDuration.TotalSeconds;
        PassBreakSeconds = passBreak.TotalSeconds;
        ReleaseSeconds = releaseAfter.TotalSeconds;
        UprightCosine = Math.Cos(uprightTiltDegrees * Math.PI / 180.0);
        PostureTimeConstantSeconds = postureTimeConstant.TotalSeconds;
    }

    /// <summary>The default settings (15 cm roller).</summary>
    public static RollerMotionSettings Default { get; } = new(
        RollerMotionDefaults.RollerRadiusMeters,
        RollerMotionDefaults.RollingThresholdRadiansPerSecond,
        RollerMotionDefaults.MinPassDuration,
        RollerMotionDefaults.PassBreak,
        RollerMotionDefaults.ReleaseAfter,
        RollerMotionDefaults.UprightTiltDegrees,
        RollerMotionDefaults.PostureTimeConstant);

    /// <summary>Roller radius in metres: the r of v = ω·r.</summary>
    /// <value>Default 0.075 m (15 cm diameter); 0.01–0.15 m.</value>
    public double RollerRadiusMeters { get; }

    /// <summary>Rate (rad/s, about the roll axis, bias removed) above which the roller counts as rolling.</summary>
    /// <value>Default 0.05 rad/s; positive.</value>
    public double RollingThresholdRadiansPerSecond { get; }

    /// <summary>Rolling shorter than this, with nobody confirmed on the roller, is a nudge and does not count.</summary>
    /// <value>Default 1 s; zero or more.</value>
    public TimeSpan MinPassDuration { get; }

    /// <summary>Stillness that ends a stretch of rolling that has not yet become a pass.</summary>
    /// <value>Default 0.5 s; positive.</value>
    public TimeSpan PassBreak { get; }

    /// <summary>Stillness after which the user is taken to have left the roller.</summary>
    /// <value>Default 40 s; positive.</value>
    public TimeSpan ReleaseAfter { get; }

    /// <summary>Tilt (degrees) of the body sensor's long axis from vertical below which the user is standing.</summary>
    /// <value>Default 20°; 0–90°.</value>
    public double UprightTiltDegrees { get; }

    /// <summary>Time constant of the body accelerometer low-pass that gives the body's posture.</summary>
    /// <value>Default 0.5 s; positive.</value>
    public TimeSpan PostureTimeConstant { get; }

    internal double MinPassSeconds { get; }

    internal double PassBreakSeconds { get; }

    internal double ReleaseSeconds { get; }

    internal double UprightCosine { get; }

    internal double PostureTimeConstantSeconds { get; }

    /// <summary>These settings with another roller radius, e.g. from a recording's <c>roller_diameter_cm</c>.</summary>
    /// <param name="rollerRadiusMeters">The roller radius in metres.</param>
    /// <returns>New validated settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is out of range.</exception>
    public RollerMotionSettings WithRollerRadius(double rollerRadiusMeters) => new(
        rollerRadiusMeters,
        RollingThresholdRadiansPerSecond,
        MinPassDuration,
        PassBreak,
        ReleaseAfter,
        UprightTiltDegrees,
        PostureTimeConstant);
}
