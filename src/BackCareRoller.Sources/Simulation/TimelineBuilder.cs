using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Lays out a session: the still standing calibration, then rounds of the four-move routine (DESIGN.md section 1),
/// each move preceded by getting off, standing or walking while the roller is nudged or carried, and getting on;
/// sided moves switch sides on the roller. Mistakes are assigned to bouts per round.
/// </summary>
internal sealed class TimelineBuilder
{
    // Estimated time around each move (get off, stand, get on, side switch), s: sizes moves to fit a requested length.
    private const double OverheadPerMove = 16;

    private static readonly RoutineMove[] Routine = [RoutineMove.Glutes, RoutineMove.HipFlexors, RoutineMove.Hamstrings, RoutineMove.UpperBack];

    private readonly SimulationRandom _random;
    private readonly PersonProfile _person;
    private readonly double _height;
    private readonly double _radius;
    private readonly SimulationMistakes _mistakesLevel;
    private readonly double? _target;
    private readonly List<Phase> _phases = [];
    private readonly List<RollerAction> _actions = [];
    private readonly List<RollerHandling> _handlings = [];
    private readonly List<PlannedMistake> _mistakes = [];
    private readonly List<MoveGroup> _groups = [];
    private double _t;

    public TimelineBuilder(SimulationRandom random, PersonProfile person, double height, double radius, SimulationMistakes mistakes, double? target)
    {
        _random = random;
        _person = person;
        _height = height;
        _radius = radius;
        _mistakesLevel = mistakes;
        _target = target;
    }

    public IReadOnlyList<RollerHandling> Handlings => _handlings;

    public IReadOnlyList<PlannedMistake> Mistakes => _mistakes;

    public (Phase[] Phases, RollerAction[] Actions, double Duration) Build()
    {
        // Stand still for the calibration, then walk to the roller (and maybe put it in place).
        var calibration = _random.Uniform(2, 3);
        var firstEnd = calibration + _random.Uniform(3, 10);
        var standing = NewStanding(0, firstEnd, calibration);
        _phases.Add(new Phase(PhaseKind.Standing, 0, firstEnd, standing));
        HandleRollerWhileStanding(calibration + 0.5, firstEnd - 0.3);
        _t = firstEnd;

        IPoseSource previous = standing;
        MoveBout? lastBout = null;
        for (var round = 0; ; round++)
        {
            foreach (var group in PlanRound(round))
            {
                if (lastBout is not null)
                {
                    var rest = group == 0 && round > 0 ? _random.Uniform(20, 60) : _random.Uniform(4, 14);
                    previous = GetOffAndStand(lastBout, rest);
                }

                lastBout = RollGroup(previous, _groups[group]);
                if (_target is { } target && _t >= target)
                {
                    return Finish(target);
                }
            }

            if (_target is null)
            {
                break;
            }
        }

        // Get off and stand a moment before the recording stops.
        GetOffAndStand(lastBout!, _random.Uniform(3, 6));
        return Finish(_t);
    }

    private (Phase[] Phases, RollerAction[] Actions, double Duration) Finish(double duration) => ([.. _phases], [.. _actions], duration);

    private IEnumerable<int> PlanRound(int round)
    {
        // Size the moves: 70–110 s each, or to fit a short requested session.
        _groups.Clear();
        var elapsed = _t;
        foreach (var move in Routine)
        {
            var budget = _random.Uniform(70, 110);
            if (_target is { } target && target <= 600 && round == 0)
            {
                budget = Math.Max(12, (target - elapsed - (Routine.Length * OverheadPerMove) - 5) / Routine.Length) * _random.Uniform(0.85, 1.15);
            }

            var sides = SidesFor(move);
            var switchTime = _random.Uniform(2, 3);
            var perSide = Math.Max(8, (budget - (switchTime * (sides.Length - 1))) / sides.Length);
            _groups.Add(new MoveGroup(move, sides, perSide, switchTime, sides.Select(_ => new List<SimulatedMistakeKind>()).ToArray()));
        }

        AssignMistakes();
        return Enumerable.Range(0, _groups.Count);
    }

    private BodySide?[] SidesFor(RoutineMove move)
    {
        var first = _random.Chance(0.5) ? BodySide.Left : BodySide.Right;
        var other = first == BodySide.Left ? BodySide.Right : BodySide.Left;
        var draw = _random.Uniform(0, 1);
        return move switch
        {
            RoutineMove.UpperBack => [null],
            RoutineMove.Hamstrings when draw < 0.4 => [null],
            RoutineMove.Hamstrings when draw < 0.8 => [first, other],
            RoutineMove.Hamstrings => [first],
            _ when draw < 0.75 => [first, other],
            _ => [first],
        };
    }

    private void AssignMistakes()
    {
        // Each bout's list is in priority order: its planner drops from the end what does not fit the bout.
        var slots = _groups.SelectMany(g => g.Mistakes).ToList();
        var upperBack = _groups.Single(g => g.Move == RoutineMove.UpperBack).Mistakes[0];
        var glutes = _groups.Single(g => g.Move == RoutineMove.Glutes).Mistakes;
        var gluteSlot = glutes[_random.Integer(0, glutes.Length - 1)];
        var secondFast = _random.Chance(0.5);
        var manyFast = slots.Select(_ => _random.Chance(0.6)).ToArray();
        var picks = Enumerable.Range(0, 4).Select(_ => slots[_random.Integer(0, slots.Count - 1)]).ToArray();
        var neck = _random.Chance(0.25);
        switch (_mistakesLevel)
        {
            case SimulationMistakes.Default:
                upperBack.Add(SimulatedMistakeKind.LumbarDrift);
                picks[0].Add(SimulatedMistakeKind.TooFast);
                if (secondFast)
                {
                    picks[1].Add(SimulatedMistakeKind.TooFast);
                }

                if (neck)
                {
                    upperBack.Add(SimulatedMistakeKind.NeckDrift);
                }

                break;
            case SimulationMistakes.Many:
                upperBack.AddRange([SimulatedMistakeKind.LumbarDrift, SimulatedMistakeKind.NeckDrift]);
                gluteSlot.Add(SimulatedMistakeKind.LumbarDrift);
                for (var i = 0; i < slots.Count; i++)
                {
                    if (manyFast[i])
                    {
                        slots[i].Add(SimulatedMistakeKind.TooFast);
                    }
                }

                if (manyFast.Count(f => f) < 2)
                {
                    picks[2].Add(SimulatedMistakeKind.TooFast);
                    picks[3].Add(SimulatedMistakeKind.TooFast);
                }

                upperBack.Add(SimulatedMistakeKind.LumbarDrift);
                break;
        }
    }

    private MoveBout RollGroup(IPoseSource previous, MoveGroup group)
    {
        var profile = MoveProfile.For(group.Move);
        var heading = _random.Uniform(0, 2 * Math.PI);
        var position = new Vec3(_random.Uniform(-0.5, 0.5), _random.Uniform(-0.5, 0.5), (2 * _radius) + profile.PelvisHeightAboveRoller);

        // Where this person puts the roller: the anchor, their usual offset and this time's error, within ±0.03 H.
        var anchor = ZoneTable.AnchorFor(group.Move);
        var placement = Math.Clamp(_person.AnchorOffset + _random.Gaussian(0, _person.PlacementSpread), -0.03, 0.03);
        var startPosition = Math.Clamp(anchor + placement, profile.SafeLow, profile.SafeHigh) * _height;

        // Get on: a weight shift may nudge the roller.
        var getOnStart = _t;
        var getOnEnd = _t + _random.Uniform(2, 4);
        MaybeNudge(getOnStart, getOnEnd, 0.5, 0.05, 0.4);

        MoveBout? bout = null;
        var start = getOnEnd;
        for (var i = 0; i < group.Sides.Length; i++)
        {
            var end = start + group.PerSide;
            var dwell = group.PerSide >= 50 && _random.Chance(_person.DwellProbability);
            var posture = NewPosture(group.Move, group.Sides[i], profile, bout is null ? position : bout.FinalPosition, bout?.Heading ?? heading);
            var planner = new BoutPlanner(_random, _person, profile, _height, _mistakes);
            var contact = planner.Plan(start, end, bout is null ? startPosition : bout.Contact.FinalPosition, group.Mistakes[i], dwell, posture.Breathing);
            var next = new MoveBout(group.Move, group.Sides[i], contact, posture);
            if (bout is null)
            {
                _phases.Add(new Phase(PhaseKind.Transition, getOnStart, getOnEnd, new TransitionModel(previous, next, getOnStart, getOnEnd)));
            }
            else
            {
                _phases.Add(new Phase(PhaseKind.SideSwitch, bout.End, start, new TransitionModel(bout, next, bout.End, start), bout, next));
            }

            _phases.Add(new Phase(PhaseKind.OnRoller, start, end, next, next));
            _actions.Add(new RollerAction(RollerActionKind.Rolling, start, end, next));
            bout = next;
            start = end + group.SwitchTime;
        }

        _t = bout!.End;
        return bout;
    }

    private BoutPosture NewPosture(RoutineMove move, BodySide? side, MoveProfile profile, Vec3 position, double heading)
    {
        const double Degree = Math.PI / 180;
        var habit = _person.For(move);

        // This bout's angles: the person's habit give or take 1.5°, kept inside the table's ranges.
        var recline = Math.Clamp(habit.Recline + _random.Gaussian(0, 1.5), profile.ReclineMinDegrees, profile.ReclineMaxDegrees);
        var tilt = Math.Clamp(habit.Tilt + _random.Gaussian(0, 1.5), profile.TiltMinDegrees, profile.TiltMaxDegrees);
        var bothLegsTilt = _random.Uniform(-MoveProfile.BothLegsTiltDegrees, MoveProfile.BothLegsTiltDegrees);
        var breathingHz = _person.BreathingHz * _random.Uniform(0.95, 1.05);
        var breathingPhase = _random.Uniform(0, 2 * Math.PI);
        var sway = _person.SwayScale * Degree;
        return new BoutPosture(
            position,
            heading,
            recline * Degree,
            (move == RoutineMove.Hamstrings && side is null ? bothLegsTilt : tilt) * Degree,
            habit.Coupling * Degree,
            _random.Uniform(3, 10) * Degree,
            new Wave(_random.Uniform(0.3, 1.2) * Degree, 2 * Math.PI * breathingHz, breathingPhase),
            new Wave(_random.Uniform(0.001, 0.004), 2 * Math.PI * breathingHz, breathingPhase),
            SwayWaves(sway),
            SwayWaves(sway),
            SwayWaves(sway));
    }

    private Wave[] SwayWaves(double scale) =>
        [Wave.Draw(_random, _random.Uniform(0.2, 1.0) * scale, 0.05, 0.4), Wave.Draw(_random, _random.Uniform(0.1, 0.5) * scale, 0.3, 0.8)];

    private StandingModel GetOffAndStand(MoveBout bout, double standingDuration)
    {
        // Get off (the roller may roll a little under the shifting weight), then stand or walk.
        var offStart = _t;
        var offEnd = _t + _random.Uniform(2, 4);
        var standEnd = offEnd + standingDuration;
        var standing = NewStanding(offEnd, standEnd, offEnd);
        _phases.Add(new Phase(PhaseKind.Transition, offStart, offEnd, new TransitionModel(bout, standing, offStart, offEnd)));
        _phases.Add(new Phase(PhaseKind.Standing, offEnd, standEnd, standing));
        MaybeNudge(offStart, offEnd, 0.6, 0.05, 0.5);
        HandleRollerWhileStanding(offEnd + 0.3, standEnd - 0.3);
        _t = standEnd;
        return standing;
    }

    private StandingModel NewStanding(double start, double end, double stillUntil)
    {
        const double Degree = Math.PI / 180;
        var sway = _person.SwayScale * Degree;
        var walks = new List<StandingModel.Walk>();
        var walkAt = Math.Max(start, stillUntil) + 0.3;
        var count = end - walkAt >= 3 ? _random.Integer(1, 2) : 0;
        for (var i = 0; i < count; i++)
        {
            var duration = _random.Uniform(1.5, 4);
            if (walkAt + duration > end - 0.3)
            {
                break;
            }

            var direction = _random.Uniform(0, 2 * Math.PI);
            walks.Add(new StandingModel.Walk(
                walkAt,
                duration,
                _random.Uniform(-Math.PI, Math.PI),
                new Vec3(Math.Cos(direction), Math.Sin(direction), 0),
                _random.Uniform(0.3, 1.5),
                _random.Uniform(0.015, 0.035),
                _random.Uniform(1.6, 2.1)));
            walkAt += duration + _random.Uniform(0.3, 1.5);
        }

        return new StandingModel(
            _random.Uniform(0, 2 * Math.PI),
            new Vec3(_random.Uniform(-1, 1), _random.Uniform(-1, 1), 0.53 * _height * _random.Uniform(0.96, 1.0)),
            SwayWaves(sway * 0.6),
            SwayWaves(sway * 0.6),
            SwayWaves(sway * 0.6),
            [Wave.Draw(_random, _random.Uniform(0.002, 0.006), 0.1, 0.5)],
            [.. walks]);
    }

    private void HandleRollerWhileStanding(double from, double to)
    {
        // A push with hand or foot rolls it along the floor; sometimes it is picked up and carried.
        var kick = _random.Chance(0.55);
        var lift = _random.Chance(0.35);
        var kickDistance = _random.Sign() * _random.Uniform(0.08, 0.6);

        // Peak rate of a push is 2·distance/(duration·r); keep it under 12 rad/s, inside any gyro's range.
        var kickDuration = Math.Max(_random.Uniform(0.6, 2.0), 2 * Math.Abs(kickDistance) / (_radius * 12));
        var liftDuration = _random.Uniform(2, 4);
        var axis = new Vec3(_random.Uniform(-0.5, 0.5), _random.Uniform(-0.5, 0.5), 1).Normalized();
        var liftAngle = _random.Uniform(20, 120) * Math.PI / 180;
        var liftHeight = _random.Uniform(0.15, 0.5);
        var spin = _random.Uniform(-Math.PI, Math.PI);
        var carry = new Vec3(_random.Uniform(-0.8, 0.8), _random.Uniform(-0.8, 0.8), 0);
        var at = from + _random.Uniform(0, 1);
        if (kick && at + kickDuration <= to)
        {
            AddAction(new RollerAction(RollerActionKind.Nudge, at, at + kickDuration, Turn: kickDistance / _radius));
            at += kickDuration + _random.Uniform(0.3, 1.0);
        }

        if (lift && at + liftDuration <= to)
        {
            AddAction(new RollerAction(RollerActionKind.Lift, at, at + liftDuration, null, spin, axis, liftAngle, liftHeight, carry));
        }
    }

    private void MaybeNudge(double from, double to, double chance, double minTurn, double maxTurn)
    {
        var happens = _random.Chance(chance);
        var duration = _random.Uniform(0.4, 1.2);
        var turn = _random.Sign() * _random.Uniform(minTurn, maxTurn);
        var start = from + _random.Uniform(0.2, 0.6);
        if (happens && start + duration <= to - 0.2)
        {
            AddAction(new RollerAction(RollerActionKind.Nudge, start, start + duration, Turn: turn));
        }
    }

    private void AddAction(RollerAction action)
    {
        _actions.Add(action);
        _handlings.Add(new RollerHandling(
            action.Kind == RollerActionKind.Lift ? RollerHandlingKind.Lift : RollerHandlingKind.Nudge,
            TimeSpan.FromSeconds(action.Start),
            TimeSpan.FromSeconds(action.End),
            action.Turn));
    }

    private sealed record MoveGroup(RoutineMove Move, BodySide?[] Sides, double PerSide, double SwitchTime, List<SimulatedMistakeKind>[] Mistakes);
}
