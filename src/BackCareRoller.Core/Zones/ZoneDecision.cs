using BackCareRoller.Core.Alerts;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// Turns the estimator's beliefs into a decision: for every likely (move and side, axis sign) hypothesis the
/// contact is u = anchor + sign·(displacement since the move began) with a Gaussian spread that grows from the
/// anchor's uncertainty; the zones' probability masses, mixed over the hypotheses, give the zone (with the move's
/// own zone as a mild prior) and, without that prior, the lumbar and neck probabilities the alerts act on. The
/// alerts thus warn as soon as the estimator's own uncertainty reaches into a forbidden zone.
/// </summary>
internal static class ZoneDecision
{
    /// <summary>Hypotheses lighter than this are skipped, for speed.</summary>
    private const double MinWeight = 1e-3;

    /// <summary>Number of <see cref="BodyZone"/> values, none included.</summary>
    private const int ZoneCount = (int)BodyZone.HipFlexors + 1;

    /// <summary>Number of <see cref="RoutineMove"/> values, none included.</summary>
    private const int MoveCount = (int)RoutineMove.UpperBack + 1;

    private static readonly ZoneBand[] Bands = [.. ZoneTable.Bands];

    private static readonly MovePosture[] Rows = [.. MovePostureTable.Rows];

    /// <summary>Decides the zone and the alerts at <paramref name="time"/>.</summary>
    /// <param name="state">The state with this input already integrated.</param>
    /// <param name="time">Offset of the input.</param>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The state with the new estimate, the change flag and any alert.</returns>
    public static ZoneEstimatorState Decide(in ZoneEstimatorState state, TimeSpan time, ZoneEstimatorSettings settings)
    {
        var weights = default(HypothesisWeights);
        if (!TryContext(state, time, settings, ref weights, out var none, out var context))
        {
            return Publish(state, ZoneEstimate.Off(time), time, 0, 0, settings);
        }

        // The contact's spread: anchor, scale error on the travel, drift with time, and guessed gaps.
        var travel = state.Roller.Displacement - context.Origin;
        var variance = (settings.AnchorStandardDeviation * settings.AnchorStandardDeviation)
            + (settings.ScaleStandardDeviation * settings.ScaleStandardDeviation * travel * travel)
            + (settings.DriftVariancePerSecond * Math.Max(0, (time - context.MoveStart).TotalSeconds))
            + state.Roller.GapVariance;
        var spread = Math.Sqrt(variance);

        // Joint weights of (row, axis sign): posture × sign evidence × how well the covered ground fits the move.
        Span<double> joint = stackalloc double[2 * MovePostureTable.Count];
        JointWeights(state, settings, weights, none, context, joint);

        Span<double> labels = stackalloc double[ZoneCount];
        Span<double> moves = stackalloc double[MoveCount];
        labels[(int)BodyZone.None] = none;
        moves[(int)RoutineMove.None] = none;
        var lumbar = 0.0;
        var neck = 0.0;
        for (var k = 0; k < joint.Length; k++)
        {
            var hypothesis = joint[k];
            if (hypothesis < MinWeight)
            {
                continue;
            }

            var row = Rows[k >> 1];
            moves[(int)row.Move] += hypothesis;
            var u = ZoneTable.AnchorFor(row.Move) + (SignOf(k) * travel);
            Accumulate(row, u, spread, hypothesis, settings.TargetZonePriorWeight, labels, ref lumbar, ref neck);
        }

        var move = ArgMax(moves);
        if (move == (int)RoutineMove.None)
        {
            return Publish(state, ZoneEstimate.Off(time), time, 0, 0, settings);
        }

        var zone = (BodyZone)ArgMax(labels);
        var total = Sum(labels);
        var sign = BestSign(joint, (RoutineMove)move);
        var side = ZoneTable.HasSides(zone) ? SideOf(joint, (RoutineMove)move) : null;
        var contact = ZoneTable.AnchorFor((RoutineMove)move) + (sign * travel);
        var confidence = moves[move] * labels[(int)zone] / total;
        var estimate = new ZoneEstimate(time, (RoutineMove)move, ZoneTable.FaceFor((RoutineMove)move), zone, side, contact, spread, confidence);
        return Publish(state, estimate, time, lumbar, neck, settings);
    }

    /// <summary>+1 for the even (firmware sign) entries of the joint weights, −1 for the odd ones.</summary>
    private static double SignOf(int index) => (index & 1) == 0 ? 1 : -1;

    private static void JointWeights(
        in ZoneEstimatorState state,
        ZoneEstimatorSettings settings,
        in HypothesisWeights weights,
        double none,
        in MoveContext context,
        Span<double> joint)
    {
        var plus = state.Roller.AxisSignKnown ? 1 : state.Sign.PlusProbability();
        var low = context.Low - context.Origin;
        var high = context.High - context.Origin;
        var total = 0.0;
        for (var i = 0; i < MovePostureTable.Count; i++)
        {
            for (var k = 0; k < 2; k++)
            {
                var signWeight = k == 0 ? plus : 1 - plus;
                var weight = weights[i] * signWeight;
                if (weight > 0)
                {
                    // With the sign flipped the range flips too.
                    var (from, to) = k == 0 ? (low, high) : (-high, -low);
                    weight *= TravelEvidence.Likelihood(
                        Rows[i].Move, from, to, settings.AnchorStandardDeviation, settings.ScaleStandardDeviation, settings.TravelOutsideProbability);
                }

                joint[(2 * i) + k] = weight;
                total += weight;
            }
        }

        // Share out what the posture left to the moves; "no move" keeps its own share.
        var scale = total > 0 ? (1 - none) / total : 0;
        for (var k = 0; k < joint.Length; k++)
        {
            joint[k] *= scale;
        }
    }

    private static bool TryContext(
        in ZoneEstimatorState state,
        TimeSpan time,
        ZoneEstimatorSettings settings,
        ref HypothesisWeights weights,
        out double none,
        out MoveContext context)
    {
        // With a body sensor, the posture says whether and how the user is on the roller.
        if (ZoneEstimator.BodyPresent(state, time, settings))
        {
            var segment = state.Segment;
            if (segment.Phase != SegmentPhase.On && segment.Holding)
            {
                // Between postures on the roller (switching sides): the last move goes on.
                var last = segment.Last;
                weights = last.Weights;
                none = last.NoMoveProbability;
                context = new MoveContext(last.Origin, last.MoveStart, Math.Min(last.RangeLow, segment.RangeLow), Math.Max(last.RangeHigh, segment.RangeHigh));
                return true;
            }

            weights = segment.Weights;
            none = segment.NoMoveProbability;
            context = new MoveContext(segment.Origin, segment.MoveStart, segment.RangeLow, segment.RangeHigh);
            return segment.Phase == SegmentPhase.On;
        }

        // Roller only: a guided move, from its first rolling on; otherwise nothing is known.
        none = MoveClassifier.GuidedFallback(settings.GuidedMove, ref weights);
        context = new MoveContext(state.GuidedOrigin, state.GuidedStart, state.GuidedLow, state.GuidedHigh);
        return settings.GuidedMove != RoutineMove.None && state.GuidedOn;
    }

    private static void Accumulate(
        in MovePosture row,
        double u,
        double spread,
        double weight,
        double targetWeight,
        Span<double> labels,
        ref double lumbar,
        ref double neck)
    {
        // Zone masses on this face; the move's own zone gets the prior weight for labelling only.
        var target = TargetZone(row.Move);
        Span<double> masses = stackalloc double[ZoneCount];
        var inside = 0.0;
        var weighted = 0.0;
        foreach (var band in Bands)
        {
            if (band.Face != row.Face)
            {
                continue;
            }

            var mass = Gaussian.Mass(u, spread, band.From, band.To);
            masses[(int)band.Zone] = mass;
            inside += mass;
            weighted += band.Zone == target ? mass * targetWeight : mass;
        }

        var outside = Math.Max(0, 1 - inside);
        var norm = weight / (weighted + outside);
        for (var z = 1; z < ZoneCount; z++)
        {
            labels[z] += masses[z] * ((BodyZone)z == target ? targetWeight : 1) * norm;
        }

        labels[(int)BodyZone.None] += outside * norm;
        lumbar += weight * masses[(int)BodyZone.Lumbar];
        neck += weight * masses[(int)BodyZone.Neck];
    }

    private static ZoneEstimatorState Publish(in ZoneEstimatorState state, in ZoneEstimate estimate, TimeSpan time, double lumbar, double neck, ZoneEstimatorSettings settings)
    {
        // Hysteresis: a watch enters at the on-probability and leaves below the off-probability.
        var inLumbar = lumbar >= settings.AlertOnProbability || (state.Lumbar.Inside && lumbar >= settings.AlertOffProbability);
        var inNeck = neck >= settings.AlertOnProbability || (state.Neck.Inside && neck >= settings.AlertOffProbability);
        var lumbarWatch = state.Lumbar.Step(time, inLumbar, settings.Alerts, out var lumbarRaised);
        var neckWatch = state.Neck.Step(time, inNeck, settings.Alerts, out var neckRaised);
        AlertKind? raised = lumbarRaised ? AlertKind.Lumbar : neckRaised ? AlertKind.Neck : null;
        var changed = !state.HasDecision || !estimate.SamePlaceAs(state.Estimate);
        return state with
        {
            Lumbar = lumbarWatch,
            Neck = neckWatch,
            HasDecision = true,
            LastDecision = time,
            Estimate = estimate,
            Changed = changed,
            Raised = raised,
        };
    }

    private static double BestSign(ReadOnlySpan<double> joint, RoutineMove move)
    {
        var plus = 0.0;
        var minus = 0.0;
        for (var k = 0; k < joint.Length; k++)
        {
            if (Rows[k >> 1].Move == move)
            {
                plus += (k & 1) == 0 ? joint[k] : 0;
                minus += (k & 1) == 0 ? 0 : joint[k];
            }
        }

        return plus >= minus ? 1 : -1;
    }

    private static BodySide? SideOf(ReadOnlySpan<double> joint, RoutineMove move)
    {
        // A side is reported only when it is more likely than the other side and than both legs together.
        var left = 0.0;
        var right = 0.0;
        var neither = 0.0;
        for (var k = 0; k < joint.Length; k++)
        {
            var row = Rows[k >> 1];
            if (row.Move != move)
            {
                continue;
            }

            switch (row.Side)
            {
                case BodySide.Left: left += joint[k]; break;
                case BodySide.Right: right += joint[k]; break;
                default: neither += joint[k]; break;
            }
        }

        if (left > right && left > neither)
        {
            return BodySide.Left;
        }

        return right > left && right > neither ? BodySide.Right : null;
    }

    /// <summary>The zone a move is meant to roll (DESIGN.md section 1).</summary>
    internal static BodyZone TargetZone(RoutineMove move) => move switch
    {
        RoutineMove.Glutes => BodyZone.Glutes,
        RoutineMove.HipFlexors => BodyZone.HipFlexors,
        RoutineMove.Hamstrings => BodyZone.Hamstrings,
        RoutineMove.UpperBack => BodyZone.UpperBack,
        _ => BodyZone.None,
    };

    private static int ArgMax(ReadOnlySpan<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }
}
