namespace BackCareRoller.Core.Zones;

/// <summary>Defaults of the zone estimator; each value's source is in its comment.</summary>
internal static class ZoneEstimatorDefaults
{
    /// <summary>Standing height when the recording does not say, m (adult mid-range of DESIGN.md section 7, 150–200 cm).</summary>
    public const double HeightMeters = 1.70;

    /// <summary>Roller radius when the recording does not say, m (15 cm default diameter, DESIGN.md section 3).</summary>
    public const double RollerRadiusMeters = 0.075;

    /// <summary>
    /// Standard deviation of the true start position around the move's anchor, fraction of height. The start is known
    /// "to within a few cm" (DESIGN.md section 4): 2 cm at 1.70 m.
    /// </summary>
    public const double AnchorStandardDeviation = 0.012;

    /// <summary>Relative error of r/H (foam compression, height entered by the user), 1σ.</summary>
    public const double ScaleStandardDeviation = 0.03;

    /// <summary>Random-walk growth of the contact uncertainty, u²/s: residual gyro bias and slips of a few cm (section 3).</summary>
    public const double DriftVariancePerSecond = 0.000004;

    /// <summary>Probability of the forbidden zone at which the alert's dwell timer starts.</summary>
    public const double AlertOnProbability = 0.2;

    /// <summary>Probability below which the estimate counts as out of the forbidden zone again.</summary>
    public const double AlertOffProbability = 0.1;

    /// <summary>Stable posture needed before a new move starts, s: getting onto the roller takes longer than that.</summary>
    public const double SettleSeconds = 0.6;

    /// <summary>Pelvis rotation rate that marks a transition rather than rolling, rad/s (rolling rocks the pelvis far slower).</summary>
    public const double TransitionRateRadiansPerSecond = 0.6;

    /// <summary>Departure of the pelvis from the move's posture that ends the move, degrees.</summary>
    public const double PostureChangeDegrees = 12;

    /// <summary>Spread of the measured recline around its table range, degrees: sway and standing-calibration error.</summary>
    public const double ReclineNoiseDegrees = 3;

    /// <summary>Spread of the measured tilt around its table range, degrees, on top of the mount-rotation uncertainty.</summary>
    public const double TiltNoiseDegrees = 3;

    /// <summary>Prior standard deviation of the body sensor's mount rotation about the long axis, degrees (uniform ±15°, section 2).</summary>
    public const double MountYawStandardDeviationDegrees = 8.7;

    /// <summary>Shortest interval between two zone decisions, s; integration still runs on every sample.</summary>
    public const double DecisionIntervalSeconds = 0.02;

    /// <summary>Without a body sample for this long the estimator works from the roller alone, s.</summary>
    public const double BodyTimeoutSeconds = 1.0;

    /// <summary>How much more likely the move's own zone is than its neighbours before any evidence (the move's known zone as a prior).</summary>
    public const double TargetZonePriorWeight = 1.5;

    /// <summary>Probability that a user's rolling leaves the move's region (by mistake or habit), per move.</summary>
    public const double TravelOutsideProbability = 0.1;

    /// <summary>
    /// Prior weight of the routine's next move after standing up (DESIGN.md section 1: the app coaches the four moves in
    /// order), against 1 for the others.
    /// </summary>
    public const double RoutineOrderWeight = 3;

    /// <summary>Prior weight of the same move after a transition without standing up (switching sides on the roller).</summary>
    public const double SameMoveWeight = 4;

    /// <summary>Longest sample gap integrated as if the rate were linear across it, s.</summary>
    public const double MaxIntegrationGapSeconds = 0.2;
}
