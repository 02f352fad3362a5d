using BackCareRoller.Core.Posture;

namespace BackCareRoller.Core.Zones;

/// <summary>Settings of the zone estimator (issue 4): body and roller geometry, guidance, uncertainty model and alerts.</summary>
public sealed record ZoneEstimatorSettings
{
    /// <summary>The user's standing height, m; contact positions u are fractions of it.</summary>
    /// <value>Default 1.70 m; 1.0–2.5 m.</value>
    public double HeightMeters { get; init; } = ZoneEstimatorDefaults.HeightMeters;

    /// <summary>The roller's radius, m; the contact travels ω·r along the body (DESIGN.md section 3).</summary>
    /// <value>Default 0.075 m; 0.02–0.2 m.</value>
    public double RollerRadiusMeters { get; init; } = ZoneEstimatorDefaults.RollerRadiusMeters;

    /// <summary>The move a guided session is doing, or <see cref="RoutineMove.None"/> to recognise moves from the body sensor.</summary>
    /// <value>Default none. Without a body sensor, zones are only estimated for a guided move.</value>
    public RoutineMove GuidedMove { get; init; } = RoutineMove.None;

    /// <summary>The body-posture estimator.</summary>
    /// <value>Default: its defaults.</value>
    public PostureSettings Posture { get; init; } = new();

    /// <summary>The lumbar and neck alert rule.</summary>
    /// <value>Default: DESIGN.md section 4.</value>
    public ZoneAlertSettings Alerts { get; init; } = new();

    /// <summary>Standard deviation of the true start position around the move's anchor, fraction of height.</summary>
    /// <value>Default 0.012; 0.001–0.1.</value>
    public double AnchorStandardDeviation { get; init; } = ZoneEstimatorDefaults.AnchorStandardDeviation;

    /// <summary>Relative error of the radius-to-height ratio, 1σ.</summary>
    /// <value>Default 0.03; 0–0.5.</value>
    public double ScaleStandardDeviation { get; init; } = ZoneEstimatorDefaults.ScaleStandardDeviation;

    /// <summary>Growth of the contact-position variance with time, u² per second.</summary>
    /// <value>Default 4e-6; 0–0.01.</value>
    public double DriftVariancePerSecond { get; init; } = ZoneEstimatorDefaults.DriftVariancePerSecond;

    /// <summary>Probability of being in the lumbar or neck zone from which the alert's dwell timer runs.</summary>
    /// <value>Default 0.2; 0.001–0.99, at least <see cref="AlertOffProbability"/>.</value>
    public double AlertOnProbability { get; init; } = ZoneEstimatorDefaults.AlertOnProbability;

    /// <summary>Probability below which the estimate has left the forbidden zone.</summary>
    /// <value>Default 0.1; 0.0005–0.99.</value>
    public double AlertOffProbability { get; init; } = ZoneEstimatorDefaults.AlertOffProbability;

    /// <summary>Stable posture needed before a new move starts, s.</summary>
    /// <value>Default 0.6 s; 0.05–10 s.</value>
    public double SettleSeconds { get; init; } = ZoneEstimatorDefaults.SettleSeconds;

    /// <summary>Pelvis rotation rate that marks a transition, rad/s.</summary>
    /// <value>Default 0.6 rad/s; 0.05–10 rad/s.</value>
    public double TransitionRateRadiansPerSecond { get; init; } = ZoneEstimatorDefaults.TransitionRateRadiansPerSecond;

    /// <summary>Departure from the move's posture that ends the move, degrees.</summary>
    /// <value>Default 12°; 2–90°.</value>
    public double PostureChangeDegrees { get; init; } = ZoneEstimatorDefaults.PostureChangeDegrees;

    /// <summary>Spread of the measured recline around the table's range, degrees.</summary>
    /// <value>Default 3°; 0.5–30°.</value>
    public double ReclineNoiseDegrees { get; init; } = ZoneEstimatorDefaults.ReclineNoiseDegrees;

    /// <summary>Spread of the measured tilt around the table's range, degrees, besides the mount rotation.</summary>
    /// <value>Default 3°; 0.5–30°.</value>
    public double TiltNoiseDegrees { get; init; } = ZoneEstimatorDefaults.TiltNoiseDegrees;

    /// <summary>Prior spread of the body sensor's mount rotation about the long axis, degrees.</summary>
    /// <value>Default 8.7° (uniform ±15°); 0–45°.</value>
    public double MountYawStandardDeviationDegrees { get; init; } = ZoneEstimatorDefaults.MountYawStandardDeviationDegrees;

    /// <summary>Shortest interval between two zone decisions, s.</summary>
    /// <value>Default 0.02 s; 0–0.1 s.</value>
    public double DecisionIntervalSeconds { get; init; } = ZoneEstimatorDefaults.DecisionIntervalSeconds;

    /// <summary>Time without body samples after which the roller alone is used, s.</summary>
    /// <value>Default 1 s; 0.1–60 s.</value>
    public double BodyTimeoutSeconds { get; init; } = ZoneEstimatorDefaults.BodyTimeoutSeconds;

    /// <summary>Prior weight of the move's own zone over the others when labelling the contact.</summary>
    /// <value>Default 1.5; 1–100.</value>
    public double TargetZonePriorWeight { get; init; } = ZoneEstimatorDefaults.TargetZonePriorWeight;

    /// <summary>Probability that the ground a user covers in a move leaves that move's region (mistakes, habits).</summary>
    /// <value>Default 0.1; 0.001–1 (1 ignores the covered ground when recognising moves).</value>
    public double TravelOutsideProbability { get; init; } = ZoneEstimatorDefaults.TravelOutsideProbability;

    /// <summary>Prior weight of the routine's next move after the user stood up (the coached order of DESIGN.md section 1).</summary>
    /// <value>Default 3; 1 (no order) to 100.</value>
    public double RoutineOrderWeight { get; init; } = ZoneEstimatorDefaults.RoutineOrderWeight;

    /// <summary>Prior weight of the same move after a transition without standing up (a side switch).</summary>
    /// <value>Default 4; 1–100.</value>
    public double SameMoveWeight { get; init; } = ZoneEstimatorDefaults.SameMoveWeight;

    /// <summary>Whether slips between body and roller are followed from the body sensor.</summary>
    /// <value>Default true.</value>
    public bool DetectSlips { get; init; } = true;

    /// <summary>Checks every value against its documented range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentNullException"><see cref="Posture"/> or <see cref="Alerts"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Posture);
        ArgumentNullException.ThrowIfNull(Alerts);
        Posture.Validate();
        Alerts.Validate();
        Check(HeightMeters, 1.0, 2.5, nameof(HeightMeters));
        Check(RollerRadiusMeters, 0.02, 0.2, nameof(RollerRadiusMeters));
        if (!Enum.IsDefined(GuidedMove))
        {
            throw new ArgumentOutOfRangeException(nameof(GuidedMove), GuidedMove, "GuidedMove must be a routine move or None.");
        }

        Check(AnchorStandardDeviation, 0.001, 0.1, nameof(AnchorStandardDeviation));
        Check(ScaleStandardDeviation, 0, 0.5, nameof(ScaleStandardDeviation));
        Check(DriftVariancePerSecond, 0, 0.01, nameof(DriftVariancePerSecond));
        Check(AlertOffProbability, 0.0005, 0.99, nameof(AlertOffProbability));
        Check(AlertOnProbability, AlertOffProbability, 0.99, nameof(AlertOnProbability));
        Check(SettleSeconds, 0.05, 10, nameof(SettleSeconds));
        Check(TransitionRateRadiansPerSecond, 0.05, 10, nameof(TransitionRateRadiansPerSecond));
        Check(PostureChangeDegrees, 2, 90, nameof(PostureChangeDegrees));
        Check(ReclineNoiseDegrees, 0.5, 30, nameof(ReclineNoiseDegrees));
        Check(TiltNoiseDegrees, 0.5, 30, nameof(TiltNoiseDegrees));
        Check(MountYawStandardDeviationDegrees, 0, 45, nameof(MountYawStandardDeviationDegrees));
        Check(DecisionIntervalSeconds, 0, 0.1, nameof(DecisionIntervalSeconds));
        Check(BodyTimeoutSeconds, 0.1, 60, nameof(BodyTimeoutSeconds));
        Check(TargetZonePriorWeight, 1, 100, nameof(TargetZonePriorWeight));
        Check(TravelOutsideProbability, 0.001, 1, nameof(TravelOutsideProbability));
        Check(RoutineOrderWeight, 1, 100, nameof(RoutineOrderWeight));
        Check(SameMoveWeight, 1, 100, nameof(SameMoveWeight));
    }

    private static void Check(double value, double min, double max, string name)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {min} and {max}.");
        }
    }
}
