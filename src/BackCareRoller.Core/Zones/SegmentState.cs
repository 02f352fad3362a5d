namespace BackCareRoller.Core.Zones;

/// <summary>
/// The move the user is in (or getting into), read from the pelvis posture: phase, held posture, the move
/// probabilities, where the contact started, and enough of the previous move to continue it after a side switch or
/// a fidget and to expect the next move of the routine.
/// </summary>
/// <param name="Phase">Off, moving, settling or on the roller.</param>
/// <param name="PhaseStart">When the phase began.</param>
/// <param name="SettleDisplacement">Roller displacement when the posture began to hold, u.</param>
/// <param name="Origin">Roller displacement at the start of the move, where the contact was at the anchor, u.</param>
/// <param name="MoveStart">When the move began.</param>
/// <param name="FaceSign">+1 back down, −1 front down, for the move.</param>
/// <param name="Held">The posture held now: a short average that follows slow drifts (recline coupled to travel).</param>
/// <param name="Snapshot">The posture held at the start of the move, before travel bends it: what classifies the move.</param>
/// <param name="Deviating">Whether the posture is away from the held one.</param>
/// <param name="DeviationSince">Since when it is away.</param>
/// <param name="Weights">Probability of each row of <see cref="MovePostureTable"/>, from the posture.</param>
/// <param name="NoMoveProbability">Probability that the posture is no move.</param>
/// <param name="LastClassified">When the probabilities were last computed.</param>
/// <param name="Holding">Whether the last move is still reported while the pelvis moves without getting up (side switch, fidget).</param>
/// <param name="Last">The last move, while it can be continued.</param>
/// <param name="HasLast">Whether <paramref name="Last"/> can be continued (no standing up since).</param>
/// <param name="PreviousMove">The last move recognised in the session, for the routine-order prior.</param>
/// <param name="UprightSincePrevious">Whether the user stood up since <paramref name="PreviousMove"/>.</param>
/// <param name="Yaw">The body sensor's mount rotation about the long axis.</param>
/// <param name="RangeLow">Lowest roller displacement since the posture began to hold (or since the continued move began), u.</param>
/// <param name="RangeHigh">Highest roller displacement since then, u.</param>
internal readonly record struct SegmentState(
    SegmentPhase Phase,
    TimeSpan PhaseStart,
    double SettleDisplacement,
    double Origin,
    TimeSpan MoveStart,
    double FaceSign,
    HeldPosture Held,
    HeldPosture Snapshot,
    bool Deviating,
    TimeSpan DeviationSince,
    HypothesisWeights Weights,
    double NoMoveProbability,
    TimeSpan LastClassified,
    bool Holding,
    LastMove Last,
    bool HasLast,
    RoutineMove PreviousMove,
    bool UprightSincePrevious,
    MountYawEstimate Yaw,
    double RangeLow,
    double RangeHigh)
{
    /// <summary>Nobody on the roller yet; the mount rotation at its prior.</summary>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The initial state.</returns>
    public static SegmentState Initial(ZoneEstimatorSettings settings) => new(
        SegmentPhase.Off, TimeSpan.Zero, 0, 0, TimeSpan.Zero, 1, default, default, false, TimeSpan.Zero, default, 1, TimeSpan.Zero,
        false, default, false, RoutineMove.None, true,
        MountYawEstimate.Prior(settings.MountYawStandardDeviationDegrees * Math.PI / 180), 0, 0);

    /// <summary>Whether a move is reported: on the roller, or holding the last move through a transition on it.</summary>
    public bool Reporting => Phase == SegmentPhase.On || Holding;

    /// <summary>Widens the displacement range covered since the posture began to hold.</summary>
    /// <param name="displacement">The roller's displacement now, u.</param>
    /// <returns>The state with the range updated, unchanged when nobody is settling or rolling.</returns>
    public SegmentState WithDisplacement(double displacement) => Phase is SegmentPhase.Settling or SegmentPhase.On || Holding
        ? this with { RangeLow = Math.Min(RangeLow, displacement), RangeHigh = Math.Max(RangeHigh, displacement) }
        : this;

    /// <summary>Index of the most probable row, or −1 when no move is more likely.</summary>
    public int Best => BestOf(Weights, NoMoveProbability);

    /// <summary>Index of the most probable row of <paramref name="weights"/>, or −1 when "no move" outweighs them all.</summary>
    /// <param name="weights">Row probabilities.</param>
    /// <param name="none">Probability of no move.</param>
    /// <returns>The row index or −1.</returns>
    public static int BestOf(in HypothesisWeights weights, double none)
    {
        var best = -1;
        var bestWeight = none;
        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            if (weights[i] > bestWeight)
            {
                best = i;
                bestWeight = weights[i];
            }
        }

        return best;
    }
}
