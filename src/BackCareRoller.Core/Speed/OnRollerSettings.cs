namespace BackCareRoller.Core.Speed;

/// <summary>
/// Settings of the on-roller rule, which keeps nudges and lifts (roller motion with nobody on it) from counting as
/// rolling. Each value is validated when set; derived constants are computed then, once.
/// </summary>
public sealed record OnRollerSettings
{
    private readonly double _uprightCosine = Math.Cos(OnRollerDefaults.UprightTiltDegrees * Math.PI / 180.0);

    /// <summary>The default settings.</summary>
    public static OnRollerSettings Default { get; } = new();

    /// <summary>Gyro magnitude (rad/s, bias removed) above which the roller counts as moving.</summary>
    /// <value>Default 0.05 rad/s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double MovingThresholdRadiansPerSecond
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0.0);
            field = value;
        }
    } = OnRollerDefaults.MovingThresholdRadiansPerSecond;

    /// <summary>Without a body sensor: rolling shorter than this is a nudge and does not count.</summary>
    /// <value>Default 1 s; zero or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan MinPassDuration
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.MinPassDuration;

    /// <summary>Without a body sensor: stillness that ends a stretch of rolling that has not yet become a pass.</summary>
    /// <value>Default 0.5 s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan PassBreak
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.PassBreak;

    /// <summary>Without a body sensor: stillness after which the user is taken to have left the roller.</summary>
    /// <value>Default 40 s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan ReleaseAfter
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.ReleaseAfter;

    /// <summary>Without a body sensor: specific force (m/s²) along the rotation above which a turning roller is being handled (lifted, tilted).</summary>
    /// <value>Default 3 m/s²; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double HandlingForceMetersPerSecondSquared
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0.0);
            field = value;
        }
    } = OnRollerDefaults.HandlingForceMetersPerSecondSquared;

    /// <summary>Without a body sensor: rate (rad/s) above which the roller is being kicked or spun rather than rolled.</summary>
    /// <value>Default 5 rad/s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double MaxPassRateRadiansPerSecond
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0.0);
            field = value;
        }
    } = OnRollerDefaults.MaxPassRateRadiansPerSecond;

    /// <summary>Tilt (degrees) of the body's long axis from its standing "up" below which the user is upright.</summary>
    /// <value>Default 20°; 0–90°.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–90°.</exception>
    public double UprightTiltDegrees
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.0);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 90.0);
            field = value;
            _uprightCosine = Math.Cos(value * Math.PI / 180.0);
        }
    } = OnRollerDefaults.UprightTiltDegrees;

    /// <summary>Time constant of the body accelerometer low-pass that gives the body's posture.</summary>
    /// <value>Default 0.5 s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan PostureTimeConstant
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.PostureTimeConstant;

    /// <summary>Body rate (rad/s, smoothed) below which the body is settled in a posture.</summary>
    /// <value>Default 0.3 rad/s; positive, not above the unsettled rate.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double SettledRateRadiansPerSecond
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0.0);
            field = value;
        }
    } = OnRollerDefaults.SettledRateRadiansPerSecond;

    /// <summary>Body rate (rad/s, smoothed) above which the body is changing posture: the user is getting off.</summary>
    /// <value>Default 0.6 rad/s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public double UnsettledRateRadiansPerSecond
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, 0.0);
            field = value;
        }
    } = OnRollerDefaults.UnsettledRateRadiansPerSecond;

    /// <summary>How long the body must be settled and not upright before the user counts as on the roller.</summary>
    /// <value>Default 0.5 s; zero or more.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan SettleTime
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.SettleTime;

    /// <summary>Time constant of the body rate low-pass.</summary>
    /// <value>Default 0.2 s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan BodyRateTimeConstant
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.BodyRateTimeConstant;

    /// <summary>A body sensor silent for longer than this is ignored, and the roller-only rule applies; shorter silences keep its last verdict.</summary>
    /// <value>Default 10 s; positive.</value>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan BodyStaleAfter
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            field = value;
        }
    } = OnRollerDefaults.BodyStaleAfter;

    /// <summary>Cosine of <see cref="UprightTiltDegrees"/>, computed once.</summary>
    internal double UprightCosine => _uprightCosine;
}
