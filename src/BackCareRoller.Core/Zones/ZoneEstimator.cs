using BackCareRoller.Core.Posture;
using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Zones;

/// <summary>
/// The zone estimator of issue 4: fuses the roller's displacement (precise, relative) with the move's start anchor
/// and the body posture (which move, which face, which side) into the contact position u, its zone, and the
/// lumbar and neck alerts of DESIGN.md section 4.
/// </summary>
internal static class ZoneEstimator
{
    /// <summary>Probability of the axis sign from which slips are followed: with the sign wrong, all rolling would look like slip.</summary>
    private const double SureSign = 0.98;

    /// <summary>Time on the roller before slips are followed, s: the body's velocity filter settles after getting on.</summary>
    private const double SlipSettleSeconds = 3;

    /// <summary>The state before any input.</summary>
    /// <param name="settings">Validated settings.</param>
    /// <returns>Nobody on the roller.</returns>
    public static ZoneEstimatorState Initial(ZoneEstimatorSettings settings) => new(
        PostureState.Initial, false, TimeSpan.Zero, default, default, SegmentState.Initial(settings), default,
        false, 0, TimeSpan.Zero, 0, 0, default, default, false, TimeSpan.Zero, ZoneEstimate.Off(TimeSpan.Zero), false, null);

    /// <summary>Advances the estimator by one input.</summary>
    /// <param name="state">The state after the previous input.</param>
    /// <param name="input">A roller motion or a body sample.</param>
    /// <param name="settings">Validated settings.</param>
    /// <returns>The next state; <see cref="ZoneEstimatorState.Changed"/> and <see cref="ZoneEstimatorState.Raised"/> say what it reports.</returns>
    public static ZoneEstimatorState Step(in ZoneEstimatorState state, in ZoneInput input, ZoneEstimatorSettings settings)
    {
        var next = input.IsBody ? StepBody(state, input, settings) : StepRoller(state, input.Roller, settings);
        next = next with { Changed = false, Raised = null };

        // Decide at most every decision interval, and at once when the move's phase changed.
        var time = input.Time;
        var phaseChanged = next.Segment.Phase != state.Segment.Phase || next.Segment.Holding != state.Segment.Holding || next.GuidedOn != state.GuidedOn;
        if (next.HasDecision && !phaseChanged && (time - next.LastDecision).TotalSeconds < settings.DecisionIntervalSeconds)
        {
            return next;
        }

        return ZoneDecision.Decide(next, time, settings);
    }

    private static ZoneEstimatorState StepBody(in ZoneEstimatorState state, in ZoneInput input, ZoneEstimatorSettings settings)
    {
        // Ignore repeated or out-of-order body samples.
        var sample = input.Body;
        if (state.HasBody && sample.Time <= state.LastBodyTime)
        {
            return state;
        }

        var dt = state.HasBody ? (sample.Time - state.LastBodyTime).TotalSeconds : 0;
        var posture = PostureEstimator.Step(state.Posture, sample, settings.Posture);
        var current = posture.Current;
        var segment = SegmentTracker.Step(state.Segment, current, state.Roller.Displacement, dt, settings);

        // While on the roller and rolling, the pelvis' motion tells the sign of an unknown axis.
        var sign = state.Sign;
        var roller = state.Roller;
        var rollerFresh = roller.HasSample && (sample.Time - roller.LastTime).TotalSeconds < ZoneEstimatorDefaults.MaxIntegrationGapSeconds;
        var on = segment.Phase == SegmentPhase.On && rollerFresh;
        if (on && roller.IsRolling)
        {
            sign = sign.Add(current.LongAxisVelocity, roller.HighPassRate, segment.FaceSign, dt);
        }

        // Once the axis sign is sure, slips show as the pelvis moving other than −2× the rolling contact.
        var slip = state.Slip;
        var plus = roller.AxisSignKnown ? 1 : sign.PlusProbability();
        var settled = on && (sample.Time - segment.PhaseStart).TotalSeconds > SlipSettleSeconds;
        if (settled && settings.DetectSlips && (plus > SureSign || plus < 1 - SureSign))
        {
            var axisSign = plus > 0.5 ? 1.0 : -1.0;
            var rollingVelocity = axisSign * segment.FaceSign * settings.RollerRadiusMeters * roller.HighPassRate;
            slip = SlipDetector.Step(slip, current.LongAxisVelocity + (2 * rollingVelocity), dt, settings.Posture.VelocityHighPassSeconds);
            roller = roller with { Displacement = roller.Displacement + (axisSign * slip.Increment / settings.HeightMeters) };
        }
        else
        {
            slip = slip with { InSlip = false, Increment = 0 };
        }

        return state with { Posture = posture, HasBody = true, LastBodyTime = sample.Time, Segment = segment, Sign = sign, Slip = slip, Roller = roller };
    }

    private static ZoneEstimatorState StepRoller(in ZoneEstimatorState state, in RollerMotion motion, ZoneEstimatorSettings settings)
    {
        // The face on the roller sets the sign of the contact's travel (DESIGN.md section 3).
        var faceSign = FaceSign(state, motion.Time, settings);
        var loaded = BodyPresent(state, motion.Time, settings) ? state.Segment.Phase == SegmentPhase.On : state.GuidedOn;
        var roller = state.Roller.Step(motion, faceSign, 1 / settings.HeightMeters, settings, settings.Posture, loaded);

        var segment = state.Segment.WithDisplacement(roller.Displacement);

        // Roller only and guided: the move starts at its anchor with the first rolling.
        if (!BodyPresent(state, motion.Time, settings) && settings.GuidedMove != RoutineMove.None && !state.GuidedOn && roller.IsRolling)
        {
            var origin = roller.StillDisplacement;
            return state with
            {
                Roller = roller,
                Segment = segment,
                GuidedOn = true,
                GuidedOrigin = origin,
                GuidedStart = motion.Time,
                GuidedLow = Math.Min(origin, roller.Displacement),
                GuidedHigh = Math.Max(origin, roller.Displacement),
            };
        }

        return state with
        {
            Roller = roller,
            Segment = segment,
            GuidedLow = Math.Min(state.GuidedLow, roller.Displacement),
            GuidedHigh = Math.Max(state.GuidedHigh, roller.Displacement),
        };
    }

    /// <summary>+1 with the back of the body on the roller, −1 with the front.</summary>
    private static double FaceSign(in ZoneEstimatorState state, TimeSpan time, ZoneEstimatorSettings settings)
    {
        if (BodyPresent(state, time, settings))
        {
            return state.Segment.Phase == SegmentPhase.On || state.Segment.Holding
                ? (state.Segment.Phase == SegmentPhase.On ? state.Segment.FaceSign : state.Segment.Last.FaceSign)
                : (state.Posture.Current.BackDown >= 0 ? 1 : -1);
        }

        return ZoneTable.FaceFor(settings.GuidedMove == RoutineMove.None ? RoutineMove.UpperBack : settings.GuidedMove) == BodyFace.Front ? -1 : 1;
    }

    /// <summary>Whether the body sensor is delivering: seen, and not silent for longer than the timeout.</summary>
    internal static bool BodyPresent(in ZoneEstimatorState state, TimeSpan time, ZoneEstimatorSettings settings) =>
        state.HasBody && (time - state.LastBodyTime).TotalSeconds <= settings.BodyTimeoutSeconds;
}
