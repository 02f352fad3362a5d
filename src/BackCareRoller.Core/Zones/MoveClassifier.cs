namespace BackCareRoller.Core.Zones;

/// <summary>
/// Scores each move and side of <see cref="MovePostureTable"/> against a held pelvis posture: the table's ranges,
/// blurred by measurement noise and by the uncertainty of the mount's rotation about the long axis, give a density
/// per row; normalised, they are the probabilities of the moves.
/// </summary>
internal static class MoveClassifier
{
    private const double DegreesPerRadian = 180 / Math.PI;

    /// <summary>
    /// Density, per degree², of a posture that belongs to no move: a row's in-range density (≈ 1/(25·15)) damped by the
    /// tail of a 3.5σ departure, so only postures far outside every row of the table (lying on the side, kneeling) are none.
    /// </summary>
    private const double NoMoveDensity = 1e-6;

    /// <summary>Prior of each row: the four moves equally likely, each shared among its sides.</summary>
    private static readonly double[] RowPriors = BuildRowPriors();

    /// <summary>Scores the rows for a posture.</summary>
    /// <param name="reclineRadians">Held recline, rad.</param>
    /// <param name="tiltRadians">Held tilt as measured with the nominal mount, right side lower positive, rad.</param>
    /// <param name="faceSign">+1 back down, −1 front down.</param>
    /// <param name="yaw">The mount rotation estimate.</param>
    /// <param name="previousMove">The last move recognised, or none at the start of the session.</param>
    /// <param name="uprightSincePrevious">Whether the user stood up since <paramref name="previousMove"/>.</param>
    /// <param name="settings">Validated settings; a guided move restricts the rows.</param>
    /// <param name="weights">Receives the probability of each row.</param>
    /// <returns>The probability that the posture is no move at all.</returns>
    public static double Classify(
        double reclineRadians,
        double tiltRadians,
        double faceSign,
        in MountYawEstimate yaw,
        RoutineMove previousMove,
        bool uprightSincePrevious,
        ZoneEstimatorSettings settings,
        ref HypothesisWeights weights)
    {
        // The mount rotation adds to the tilt face up and subtracts face down (DESIGN.md section 4, last paragraph).
        var recline = reclineRadians * DegreesPerRadian;
        var tilt = (tiltRadians - (faceSign * yaw.Mean)) * DegreesPerRadian;
        var tiltSpread = Math.Sqrt((settings.TiltNoiseDegrees * settings.TiltNoiseDegrees) + (yaw.Variance * DegreesPerRadian * DegreesPerRadian));
        var face = faceSign >= 0 ? BodyFace.Back : BodyFace.Front;
        var guided = settings.GuidedMove != RoutineMove.None;
        var expected = Expected(previousMove, uprightSincePrevious);
        var expectedWeight = uprightSincePrevious ? settings.RoutineOrderWeight : settings.SameMoveWeight;

        var rows = MovePostureTable.Rows;
        var total = guided ? 0 : NoMoveDensity;
        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            var row = rows[i];
            var density = 0.0;
            if (row.Face == face && (!guided || row.Move == settings.GuidedMove))
            {
                density = RowPriors[i] * (row.Move == expected ? expectedWeight : 1)
                    * Gaussian.BlurredBoxDensity(recline, row.ReclineFromDegrees, row.ReclineToDegrees, settings.ReclineNoiseDegrees)
                    * Gaussian.BlurredBoxDensity(tilt, row.TiltFromDegrees, row.TiltToDegrees, tiltSpread);
            }

            weights[i] = density;
            total += density;
        }

        // A guided move whose posture fits nothing still is that move: spread evenly over its rows.
        if (!(total > 0))
        {
            return GuidedFallback(settings.GuidedMove, ref weights);
        }

        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            weights[i] /= total;
        }

        return guided ? 0 : NoMoveDensity / total;
    }

    /// <summary>
    /// The move to expect next: after standing up, the next move of the routine (DESIGN.md section 1, which the app
    /// coaches in order; glutes first); without standing up, the same move (its other side).
    /// </summary>
    private static RoutineMove Expected(RoutineMove previous, bool uprightSince)
    {
        if (!uprightSince)
        {
            return previous;
        }

        return previous switch
        {
            RoutineMove.Glutes => RoutineMove.HipFlexors,
            RoutineMove.HipFlexors => RoutineMove.Hamstrings,
            RoutineMove.Hamstrings => RoutineMove.UpperBack,
            _ => RoutineMove.Glutes,
        };
    }

    private static double[] BuildRowPriors()
    {
        var rows = MovePostureTable.Rows;
        var priors = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var sides = 0;
            for (var j = 0; j < rows.Count; j++)
            {
                sides += rows[j].Move == rows[i].Move ? 1 : 0;
            }

            priors[i] = 4.0 / sides;
        }

        return priors;
    }

    /// <summary>Spreads all weight evenly over the rows of the guided move (all its sides).</summary>
    /// <param name="move">The guided move, or none.</param>
    /// <param name="weights">Receives the weights.</param>
    /// <returns>The probability of no move: 1 when there is no guided move.</returns>
    public static double GuidedFallback(RoutineMove move, ref HypothesisWeights weights)
    {
        var rows = MovePostureTable.Rows;
        var count = 0;
        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            var match = move != RoutineMove.None && rows[i].Move == move;
            weights[i] = match ? 1 : 0;
            count += match ? 1 : 0;
        }

        if (count == 0)
        {
            return 1;
        }

        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            weights[i] /= count;
        }

        return 0;
    }
}
