namespace BackCareRoller.Core.Zones;

/// <summary>
/// The body sensor's mount rotation about the body's long axis, which the standing phase cannot see (DESIGN.md
/// sections 2 and 4). It adds to the measured tilt face up and subtracts face down, so every move recognised with
/// confidence measures it against that move's tilt range. Information form: a Gaussian prior plus one observation
/// per finished move; the move in progress is kept apart so it never confirms its own classification.
/// </summary>
/// <param name="Information">Sum of 1/σ² of the prior and the finished moves, 1/rad².</param>
/// <param name="WeightedSum">Sum of δ/σ² of the finished moves, 1/rad.</param>
/// <param name="PendingInformation">1/σ² of the move in progress, 1/rad² (0 when it says nothing).</param>
/// <param name="PendingWeightedSum">δ/σ² of the move in progress, 1/rad.</param>
internal readonly record struct MountYawEstimate(double Information, double WeightedSum, double PendingInformation, double PendingWeightedSum)
{
    /// <summary>Mean of the finished moves and the prior, rad: what classifies the move in progress.</summary>
    public double Mean => WeightedSum / Information;

    /// <summary>Variance of <see cref="Mean"/>, rad².</summary>
    public double Variance => 1 / Information;

    /// <summary>The prior alone.</summary>
    /// <param name="standardDeviationRadians">Prior spread, rad; 0 means the mount is taken as exact.</param>
    /// <returns>An estimate of zero with that spread.</returns>
    public static MountYawEstimate Prior(double standardDeviationRadians) =>
        new(1 / Math.Max(standardDeviationRadians * standardDeviationRadians, 1e-8), 0, 0, 0);

    /// <summary>Replaces the observation of the move in progress.</summary>
    /// <param name="observedRadians">The mount rotation the move's posture implies, rad.</param>
    /// <param name="varianceRadians">Its variance, rad².</param>
    /// <returns>The updated estimate.</returns>
    public MountYawEstimate WithPending(double observedRadians, double varianceRadians) =>
        this with { PendingInformation = 1 / varianceRadians, PendingWeightedSum = observedRadians / varianceRadians };

    /// <summary>Ends the move in progress: its observation becomes part of the estimate.</summary>
    /// <returns>The updated estimate.</returns>
    public MountYawEstimate Commit() =>
        new(Information + PendingInformation, WeightedSum + PendingWeightedSum, 0, 0);
}
