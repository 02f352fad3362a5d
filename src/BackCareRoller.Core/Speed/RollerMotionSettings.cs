namespace BackCareRoller.Core.Speed;

/// <summary>Settings of the roller-motion stage: traverse speed v = ω·r.</summary>
public sealed record RollerMotionSettings
{
    /// <summary>Creates validated settings.</summary>
    /// <param name="rollerRadiusMeters">Roller radius, from the recording's metadata or the options.</param>
    /// <param name="rollingThresholdRadiansPerSecond">Rate about the axis above which the roller counts as rolling.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RollerMotionSettings(double rollerRadiusMeters, double rollingThresholdRadiansPerSecond)
    {
        // 2–30 cm diameter brackets every foam roller and phone strap rig; 10–18 cm is typical (DESIGN.md section 3).
        ArgumentOutOfRangeException.ThrowIfLessThan(rollerRadiusMeters, 0.01);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rollerRadiusMeters, 0.15);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(rollingThresholdRadiansPerSecond, 0.0);
        RollerRadiusMeters = rollerRadiusMeters;
        RollingThresholdRadiansPerSecond = rollingThresholdRadiansPerSecond;
    }

    /// <summary>The default settings (15 cm roller).</summary>
    public static RollerMotionSettings Default { get; } =
        new(RollerMotionDefaults.RollerRadiusMeters, RollerMotionDefaults.RollingThresholdRadiansPerSecond);

    /// <summary>Roller radius in metres: the r of v = ω·r.</summary>
    /// <value>Default 0.075 m (15 cm diameter); 0.01–0.15 m.</value>
    public double RollerRadiusMeters { get; }

    /// <summary>Rate (rad/s, about the roll axis, bias removed) above which the roller counts as rolling.</summary>
    /// <value>Default 0.05 rad/s; positive.</value>
    public double RollingThresholdRadiansPerSecond { get; }

    /// <summary>These settings with another roller radius, e.g. from a recording's <c>roller_diameter_cm</c>.</summary>
    /// <param name="rollerRadiusMeters">The roller radius in metres.</param>
    /// <returns>New validated settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The radius is out of range.</exception>
    public RollerMotionSettings WithRollerRadius(double rollerRadiusMeters) => new(rollerRadiusMeters, RollingThresholdRadiansPerSecond);
}
