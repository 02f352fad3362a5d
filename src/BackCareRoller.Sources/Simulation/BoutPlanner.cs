using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Scripts the contact's travel during one bout: a settle, then passes back and forth around a slowly wandering
/// centre with pauses between them, now and then a long pause on a tender spot, slips, and the scripted mistakes
/// (fast runs, drifts into the lumbar or neck zone). Correct passes stay inside the move's safe band and below
/// 4.3 cm/s peak, so with no mistakes the truth has no too-fast episode and no forbidden-zone stay.
/// </summary>
internal sealed class BoutPlanner
{
    // Peak speed of a correct pass, m/s: its 1-s mean then stays under the 5 cm/s rule even with tremor.
    private const double CorrectPeakSpeed = 0.043;

    // Shortest pass worth scripting, m.
    private const double MinPassDistance = 0.003;

    // Time kept free at the end of the bout, s: the person comes to rest before getting off.
    private const double EndRest = 0.8;

    private readonly SimulationRandom _random;
    private readonly PersonProfile _person;
    private readonly MoveProfile _profile;
    private readonly double _height;
    private readonly List<PlannedMistake> _mistakes;
    private readonly List<ContactPass> _passes = [];
    private readonly List<ContactSlip> _slips = [];
    private double _t;
    private double _end;
    private double _s;
    private double _centre;
    private double _halfRange;
    private double _direction;

    public BoutPlanner(SimulationRandom random, PersonProfile person, MoveProfile profile, double height, List<PlannedMistake> mistakes)
    {
        _random = random;
        _person = person;
        _profile = profile;
        _height = height;
        _mistakes = mistakes;
    }

    private double Low => _profile.SafeLow * _height;

    private double High => _profile.SafeHigh * _height;

    /// <summary>Scripts the bout from <paramref name="start"/> to <paramref name="end"/> (s), starting at <paramref name="startPosition"/> (m).</summary>
    public ContactTrack Plan(double start, double end, double startPosition, IReadOnlyList<SimulatedMistakeKind> mistakes, bool dwell, Wave breathing)
    {
        _t = start;
        _end = end;
        _s = startPosition;
        _centre = startPosition;
        _halfRange = _person.For(_profile.Move).HalfRange * _height;
        _direction = _random.Sign();

        // Lay out the events (mistakes in priority order, then the long pause) with room reserved for each; drop
        // from the end of the list what does not fit, then scatter them with random stretches of rolling between.
        var settle = _random.Uniform(1.0, 2.5);
        var events = mistakes.Select(kind => (Kind: (SimulatedMistakeKind?)kind, Reserve: Reserve(kind))).ToList();
        var dwellLength = _random.Uniform(20, 30);
        if (dwell)
        {
            events.Add((null, dwellLength + 2));
        }

        // A short bout keeps its first mistake even if it may not fit: it then starts right after the settle.
        var free = end - start - settle - EndRest - 4;
        while (events.Count > 1 && events.Sum(e => e.Reserve) > free)
        {
            events.RemoveAt(events.Count - 1);
        }

        if (events.Count == 1 && events[0].Kind is null && events[0].Reserve > free)
        {
            events.Clear();
        }

        Shuffle(events);
        var weights = Enumerable.Range(0, events.Count + 1).Select(_ => _random.Uniform(0.2, 1.0)).ToArray();
        var spare = Math.Max(free - events.Sum(e => e.Reserve), 0);
        var due = new Queue<(double Time, SimulatedMistakeKind? Kind)>();
        var at = start + settle;
        for (var i = 0; i < events.Count; i++)
        {
            at += spare * weights[i] / weights.Sum();
            due.Enqueue((at, events[i].Kind));
            at += events[i].Reserve;
        }

        Hold(settle, allowSlip: false);
        while (_t < _end - EndRest - 0.7)
        {
            if (due.Count > 0 && _t >= due.Peek().Time)
            {
                if (due.Dequeue().Kind is { } kind)
                {
                    Mistake(kind);
                }
                else
                {
                    Hold(Math.Min(dwellLength, _end - _t - EndRest), allowSlip: false);
                }

                continue;
            }

            if (!CorrectPass())
            {
                break;
            }

            Pause();
        }

        return new ContactTrack(start, end, startPosition, [.. _passes], [.. _slips], MicroMotion(breathing));
    }

    /// <summary>Time set aside for a mistake, s: a fast run takes ~10 s, a drift with its return 15–25 s.</summary>
    private static double Reserve(SimulatedMistakeKind kind) => kind == SimulatedMistakeKind.TooFast ? 12 : 24;

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Integer(0, i);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private Wave[] MicroMotion(Wave breathing)
    {
        // Tremor of hands and legs (1.5–6 Hz, 0.5–3 mm/s) and the breath rocking the roller (same rhythm as the chest).
        var waves = new Wave[3];
        for (var i = 0; i < 2; i++)
        {
            var hz = _random.Uniform(1.5, 6);
            waves[i] = new Wave(_random.Uniform(0.0005, 0.003) / (2 * Math.PI * hz), 2 * Math.PI * hz, _random.Uniform(0, 2 * Math.PI));
        }

        waves[2] = breathing with { Amplitude = _random.Uniform(0.0003, 0.0025) };
        return waves;
    }

    private bool CorrectPass()
    {
        // Alternate direction around a centre that wanders inside the band.
        _direction = -_direction;
        var margin = Math.Min(_halfRange * 0.5, (High - Low) / 2);
        _centre = Math.Clamp(_centre + _random.Gaussian(0, 0.3 * _halfRange), Low + margin, High - margin);
        var target = Math.Clamp(_centre + (_direction * _halfRange * _random.Uniform(0.6, 1.0)), Low, High);
        if (Math.Abs(target - _s) < 0.01)
        {
            _direction = -_direction;
            target = Math.Clamp(_centre + (_direction * _halfRange * _random.Uniform(0.6, 1.0)), Low, High);
        }

        if (Math.Abs(target - _s) < 0.01)
        {
            target = _s - High > Low - _s ? _s - 0.015 : _s + 0.015;
        }

        var ramp = _random.Uniform(0.15, 0.3);
        var wobble = _random.Uniform(0, 0.2);
        var speed = Math.Min(_person.TypicalSpeed * _random.Uniform(0.8, 1.2), CorrectPeakSpeed * (1 - ramp) / (1 + wobble));
        return Pass(target, speed, ramp, wobble, allowSlip: true);
    }

    private void Pause()
    {
        var pause = (_random.Chance(0.15) ? _random.Uniform(2, 5) : _random.Uniform(0.2, 1.5)) * _person.PauseScale;
        Hold(Math.Min(pause, Math.Max(_end - _t, 0)), allowSlip: true);
    }

    private bool Pass(double target, double meanSpeed, double rampFraction, double wobbleFraction, bool allowSlip)
    {
        // Shorten a pass that would run into the end of the bout.
        var distance = target - _s;
        var duration = Math.Abs(distance) / meanSpeed;
        var available = _end - EndRest - _t;
        if (duration > available)
        {
            duration = available;
            distance = Math.Sign(distance) * meanSpeed * duration;
        }

        if (Math.Abs(distance) < MinPassDistance || duration < 0.2)
        {
            return false;
        }

        var ramp = rampFraction * duration;
        var wobble = _random.Sign() * wobbleFraction * Math.Abs(distance) / (duration - ramp);
        var cycles = Math.Max(1, (int)Math.Round(duration * _random.Uniform(0.3, 1.0)));
        _passes.Add(new ContactPass(_t, duration, distance, ramp, wobble, cycles));
        if (allowSlip && _random.Chance(_person.SlipsPerMinute * duration / 60))
        {
            // Mostly against the travel: the roller turns, the contact lags behind.
            var against = _random.Chance(0.6) ? -Math.Sign(distance) : Math.Sign(distance);
            Slip(_t + (duration * _random.Uniform(0.2, 0.6)), _random.Uniform(0.3, 1.0), against, _s + distance);
        }

        _t += duration;
        _s += distance;
        return true;
    }

    private void Hold(double duration, bool allowSlip)
    {
        if (allowSlip && duration >= 0.5 && _random.Chance(_person.SlipsPerMinute * duration / 60 * 1.5))
        {
            // The contact shifts while the roller stays still.
            Slip(_t + (duration * _random.Uniform(0.1, 0.4)), Math.Min(_random.Uniform(0.3, 0.8), duration * 0.6), _random.Sign(), _s);
        }

        _t += duration;
    }

    private void Slip(double start, double duration, double sign, double positionAfterMotion)
    {
        // Slips never overlap, end before the bout does, and never carry a correct pass into a forbidden zone.
        var previousEnd = _slips.Count > 0 ? _slips[^1].End : double.NegativeInfinity;
        if (start < previousEnd || start + duration > _end - EndRest)
        {
            return;
        }

        var distance = sign * _random.Uniform(0.015, 0.05);
        var slack = 0.5 * MoveProfile.ForbiddenMargin * _height;
        bool Safe(double d) => positionAfterMotion + d >= Low - slack && positionAfterMotion + d <= High + slack;
        if (!Safe(distance))
        {
            distance = -distance;
            if (!Safe(distance))
            {
                return;
            }
        }

        _slips.Add(new ContactSlip(start, duration, distance));
        _s += distance;
    }

    private void Mistake(SimulatedMistakeKind kind)
    {
        var start = _t;
        switch (kind)
        {
            case SimulatedMistakeKind.TooFast:
                FastRun();
                break;
            case SimulatedMistakeKind.NeckDrift:
                Drift(ZoneTable.BandOf(BodyZone.Neck).From, +1, _random.Uniform(0.008, 0.035));
                break;
            default:
                // From the upper back the lumbar zone is below; from the glutes it is above.
                var lumbar = ZoneTable.BandOf(BodyZone.Lumbar);
                if (_profile.Move == RoutineMove.UpperBack)
                {
                    Drift(lumbar.To, -1, _random.Uniform(0.012, 0.05));
                }
                else
                {
                    Drift(lumbar.From, +1, _random.Uniform(0.01, 0.04));
                }

                break;
        }

        if (_t > start)
        {
            _mistakes.Add(new PlannedMistake(kind, _profile.Move, TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(_t)));
        }
    }

    private void FastRun()
    {
        // Two to five quick passes end to end across the band (mean 6.5–13 cm/s) with hardly a pause.
        var passes = _random.Integer(2, 5);
        var speed = _random.Uniform(0.065, 0.13);
        var width = High - Low;
        for (var i = 0; i < passes; i++)
        {
            var target = _s - Low > High - _s ? Low + (_random.Uniform(0, 0.2) * width) : High - (_random.Uniform(0, 0.2) * width);
            if (!Pass(target, speed, _random.Uniform(0.12, 0.25), _random.Uniform(0, 0.15), allowSlip: false))
            {
                return;
            }

            Hold(_random.Uniform(0.05, 0.3), allowSlip: false);
        }
    }

    private void Drift(double boundary, int direction, double depth)
    {
        // Each pass toward the boundary reaches further, the last one `depth` (u) past it; sometimes the person
        // pauses there as on a tender spot; then they come back to the centre of the band.
        var deepest = (boundary + (direction * depth)) * _height;
        var near = direction > 0 ? High : Low;
        var steps = _random.Integer(1, 2);
        var fast = _random.Chance(0.3);
        for (var k = 1; k <= steps; k++)
        {
            var target = near + ((deepest - near) * k / steps);
            if (!Pass(target, DriftSpeed(fast), _random.Uniform(0.15, 0.3), _random.Uniform(0, 0.15), allowSlip: false))
            {
                return;
            }

            if (k == steps && _random.Chance(0.5))
            {
                Hold(_random.Uniform(1, 6), allowSlip: false);
            }
            else
            {
                Hold(_random.Uniform(0.2, 1.2), allowSlip: false);
            }

            if (k < steps)
            {
                var back = _s - (direction * _random.Uniform(0.02, 0.05) * _height);
                Pass(back, DriftSpeed(fast), _random.Uniform(0.15, 0.3), 0, allowSlip: false);
                Hold(_random.Uniform(0.2, 1.0), allowSlip: false);
            }
        }

        Pass(Math.Clamp(_centre, Low, High), DriftSpeed(fast: false), _random.Uniform(0.15, 0.3), 0, allowSlip: false);
        Hold(_random.Uniform(0.3, 1.5), allowSlip: false);
    }

    private double DriftSpeed(bool fast)
    {
        var normal = Math.Min(_person.TypicalSpeed * _random.Uniform(0.8, 1.2), CorrectPeakSpeed * 0.6);
        return fast ? normal * _random.Uniform(1.3, 2.2) : normal;
    }
}
