using BackCareRoller.Core.Posture;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// Cuts the session into moves from the pelvis posture. Upright is off the roller. A fast pelvis rotation or a lasting
/// change of posture ends a move, which is still reported until the pelvis rises toward standing (getting off) or a
/// new posture holds. A posture that holds for the settle time starts a move at its anchor (DESIGN.md section 4),
/// unless it is the same move as the one just left without standing up in between (a side switch on the roller,
/// or a fidget): then the contact simply continues.
/// </summary>
internal static class SegmentTracker
{
    /// <summary>Averaging time of the held posture that departures are measured from, s: follows the slow bending of the pelvis with travel.</summary>
    private const double HeldAveragingSeconds = 5;

    /// <summary>How long the posture at the start of a move is averaged to classify it, s: the move opens with a hold at the anchor.</summary>
    private const double SnapshotSeconds = 4;

    /// <summary>How long a posture change must last to end a move, s.</summary>
    private const double DeviationHoldSeconds = 0.4;

    /// <summary>Interval between two classifications, s.</summary>
    private const double ClassifyIntervalSeconds = 0.1;

    /// <summary>Rise of the recline above the last move's that means getting up rather than switching side, rad (12°).</summary>
    private const double RiseToOffRadians = 12 * Math.PI / 180;

    /// <summary>Longest transition through which the last move is still reported, s (side switches take 2–3 s).</summary>
    private const double MaxHoldSeconds = 5;

    /// <summary>A move must have lasted this long before its tilt measures the mount rotation, s.</summary>
    private const double YawObservationAfterSeconds = 3;

    /// <summary>Probability a row needs before its tilt range measures the mount rotation.</summary>
    private const double YawObservationConfidence = 0.9;

    private const double RadiansPerDegree = Math.PI / 180;

    /// <summary>Advances the segmentation by one body posture.</summary>
    /// <param name="state">The state after the previous body sample.</param>
    /// <param name="posture">The posture now.</param>
    /// <param name="displacement">The roller's displacement now, u.</param>
    /// <param name="dt">Time since the previous body sample, s.</param>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The next state.</returns>
    public static SegmentState Step(in SegmentState state, in BodyPosture posture, double displacement, double dt, ZoneEstimatorSettings settings)
    {
        var time = posture.Time;

        // Standing (or not yet calibrated): off the roller; the next move is a new one of the routine.
        if (posture.Class is PostureClass.Upright or PostureClass.Unknown)
        {
            var ended = EndMove(state, time);
            return ended with { Phase = SegmentPhase.Off, PhaseStart = time, Holding = false, HasLast = false, UprightSincePrevious = true };
        }

        // Stop reporting the last move once the pelvis rises toward standing, or after too long a transition.
        var next = state;
        if (next.Holding && (posture.ReclineRadians - next.Last.Posture.Recline > RiseToOffRadians || (time - next.Last.End).TotalSeconds > MaxHoldSeconds))
        {
            next = next with { Holding = false };
        }

        // A fast rotation of the pelvis is a transition, not rolling.
        if (posture.RotationRateRadiansPerSecond > settings.TransitionRateRadiansPerSecond)
        {
            return next.Phase == SegmentPhase.Moving ? next : EndMove(next, time) with { Phase = SegmentPhase.Moving, PhaseStart = time };
        }

        return next.Phase switch
        {
            SegmentPhase.Off or SegmentPhase.Moving => StartSettling(next, posture, displacement),
            SegmentPhase.Settling => Settle(next, posture, displacement, dt, settings),
            _ => Hold(next, posture, dt, settings),
        };
    }

    private static SegmentState StartSettling(in SegmentState state, in BodyPosture posture, double displacement) => state with
    {
        Phase = SegmentPhase.Settling,
        PhaseStart = posture.Time,
        SettleDisplacement = displacement,
        Held = HeldPosture.Of(posture),
        Deviating = false,
        RangeLow = displacement,
        RangeHigh = displacement,
    };

    private static SegmentState Settle(in SegmentState state, in BodyPosture posture, double displacement, double dt, ZoneEstimatorSettings settings)
    {
        // The posture moved on before holding: settle again from here.
        if (state.Held.DistanceTo(posture) > settings.PostureChangeDegrees * RadiansPerDegree)
        {
            return StartSettling(state, posture, displacement);
        }

        var next = state with { Held = state.Held.Add(posture, dt, HeldAveragingSeconds) };
        if ((posture.Time - state.PhaseStart).TotalSeconds < settings.SettleSeconds)
        {
            return next;
        }

        // Held long enough: classify from this posture.
        var faceSign = next.Held.BackDown >= 0 ? 1.0 : -1.0;
        next = Classify(next with { FaceSign = faceSign, Snapshot = next.Held }, posture.Time, settings);

        // The same move again without standing up (other side, or a fidget): the contact continues.
        if (next.HasLast && next.Last.FaceSign == faceSign && MoveOf(next.Best) == MoveOf(SegmentState.BestOf(next.Last.Weights, next.Last.NoMoveProbability)))
        {
            return next with
            {
                Phase = SegmentPhase.On,
                Origin = next.Last.Origin,
                MoveStart = next.Last.MoveStart,
                RangeLow = Math.Min(next.RangeLow, next.Last.RangeLow),
                RangeHigh = Math.Max(next.RangeHigh, next.Last.RangeHigh),
                Holding = false,
                HasLast = false,
            };
        }

        // A new move starts at its anchor where the posture began to hold.
        return next with
        {
            Phase = SegmentPhase.On,
            Origin = state.SettleDisplacement,
            MoveStart = state.PhaseStart,
            Holding = false,
            HasLast = false,
        };
    }

    private static SegmentState Hold(in SegmentState state, in BodyPosture posture, double dt, ZoneEstimatorSettings settings)
    {
        // A departure from the held posture that lasts ends the move.
        if (state.Held.DistanceTo(posture) > settings.PostureChangeDegrees * RadiansPerDegree)
        {
            var since = state.Deviating ? state.DeviationSince : posture.Time;
            if ((posture.Time - since).TotalSeconds >= DeviationHoldSeconds)
            {
                return EndMove(state, posture.Time) with { Phase = SegmentPhase.Moving, PhaseStart = posture.Time };
            }

            return state with { Deviating = true, DeviationSince = since };
        }

        // Still in the move: follow the posture; the opening snapshot keeps refining for its first seconds.
        var next = state with { Held = state.Held.Add(posture, dt, HeldAveragingSeconds), Deviating = false };
        if ((posture.Time - state.PhaseStart).TotalSeconds < SnapshotSeconds)
        {
            next = next with { Snapshot = state.Snapshot.Add(posture, dt, SnapshotSeconds) };
        }

        if ((posture.Time - state.LastClassified).TotalSeconds < ClassifyIntervalSeconds)
        {
            return next;
        }

        return ObserveYaw(Classify(next, posture.Time, settings), posture.Time);
    }

    private static SegmentState Classify(in SegmentState state, TimeSpan time, ZoneEstimatorSettings settings)
    {
        var weights = state.Weights;
        var none = MoveClassifier.Classify(
            state.Snapshot.Recline, state.Snapshot.Tilt, state.FaceSign, state.Yaw, state.PreviousMove, state.UprightSincePrevious, settings, ref weights);
        return state with { Weights = weights, NoMoveProbability = none, LastClassified = time };
    }

    private static SegmentState ObserveYaw(in SegmentState state, TimeSpan time)
    {
        // Only a long, confident move measures the mount; its tilt range's centre is what it should read.
        var best = state.Best;
        if (best < 0 || state.Weights[best] < YawObservationConfidence || (time - state.PhaseStart).TotalSeconds < YawObservationAfterSeconds)
        {
            return state;
        }

        var row = MovePostureTable.Rows[best];
        var centre = 0.5 * (row.TiltFromDegrees + row.TiltToDegrees) * RadiansPerDegree;
        var halfWidth = 0.5 * (row.TiltToDegrees - row.TiltFromDegrees) * RadiansPerDegree;
        var observed = state.FaceSign * (state.Snapshot.Tilt - centre);
        var variance = (halfWidth * halfWidth / 3) + (RadiansPerDegree * RadiansPerDegree);

        // A reading far from the estimate means a wrong row, not a strange mount.
        var innovation = observed - state.Yaw.Mean;
        if (innovation * innovation > 9 * (variance + state.Yaw.Variance))
        {
            return state;
        }

        return state with { Yaw = state.Yaw.WithPending(observed, variance) };
    }

    private static SegmentState EndMove(in SegmentState state, TimeSpan time)
    {
        if (state.Phase != SegmentPhase.On)
        {
            return state;
        }

        // Keep reporting the move through the transition; its mount reading becomes final.
        var last = new LastMove(
            time, state.Origin, state.MoveStart, state.Held, state.FaceSign, state.Weights, state.NoMoveProbability, state.RangeLow, state.RangeHigh);
        return state with
        {
            Last = last,
            HasLast = true,
            Holding = true,
            PreviousMove = MoveOf(state.Best),
            UprightSincePrevious = false,
            Yaw = state.Yaw.Commit(),
            Deviating = false,
        };
    }

    private static RoutineMove MoveOf(int row) => row < 0 ? RoutineMove.None : MovePostureTable.Rows[row].Move;
}
