namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// The roller's pose over the session in a roller-aligned world frame: x along the roller's axis (toward the "L"
/// cap, the user's left), z up. On the floor it rolls without slipping: turning θ about +x moves its centre by
/// −r·θ along y (DESIGN.md section 3). The world heading of that frame never matters to the sensor, whose
/// readings only depend on gravity and accelerations.
/// </summary>
internal sealed class RollerTrack : IPoseSource
{
    private readonly RollerAction[] _actions;
    private readonly double _radius;
    private readonly double[] _angleAtStart;
    private readonly double[] _floorAngleAtStart;
    private readonly Vec3[] _offsetAtStart;

    public RollerTrack(RollerAction[] actions, double radius)
    {
        _actions = actions;
        _radius = radius;
        _angleAtStart = new double[actions.Length + 1];
        _floorAngleAtStart = new double[actions.Length + 1];
        _offsetAtStart = new Vec3[actions.Length + 1];
        for (var i = 0; i < actions.Length; i++)
        {
            var (turn, floorTurn, carry) = Totals(actions[i]);
            _angleAtStart[i + 1] = _angleAtStart[i] + turn;
            _floorAngleAtStart[i + 1] = _floorAngleAtStart[i] + floorTurn;
            _offsetAtStart[i + 1] = _offsetAtStart[i] + carry;
        }
    }

    public IReadOnlyList<RollerAction> Actions => _actions;

    public Pose PoseAt(double t)
    {
        var state = StateAt(t);
        var orientation = state.Tilt * Rotation.FromAxisAngle(Vec3.UnitX, state.Angle);
        var centre = state.Offset + new Vec3(0, -_radius * state.FloorAngle, _radius);
        return new Pose(orientation, centre);
    }

    /// <summary>True rate of the roller about its own axis, rad/s.</summary>
    public double AxisRateAt(double t) => StateAt(t).AxisRate;

    private RollerState StateAt(double t)
    {
        // Find the last action started; after its end the roller lies where it left it.
        var i = LastStartingAtOrBefore(t);
        if (i < 0)
        {
            return new RollerState(0, 0, Vec3.Zero, Rotation.Identity, 0);
        }

        var action = _actions[i];
        var angle = _angleAtStart[i];
        var floor = _floorAngleAtStart[i];
        var offset = _offsetAtStart[i];
        if (t >= action.End)
        {
            return new RollerState(_angleAtStart[i + 1], _floorAngleAtStart[i + 1], _offsetAtStart[i + 1], Rotation.Identity, 0);
        }

        var duration = action.End - action.Start;
        var x = (t - action.Start) / duration;
        switch (action.Kind)
        {
            case RollerActionKind.Rolling:
                {
                    var bout = action.Bout!;
                    var rolling = bout.Contact.Rolling(t);
                    var turn = bout.Sense * rolling.Displacement / _radius;
                    return new RollerState(angle + turn, floor + turn, offset, Rotation.Identity, bout.Sense * rolling.Velocity / _radius);
                }

            case RollerActionKind.Nudge:
                {
                    var turn = action.Turn * Smooth.Push(x);
                    return new RollerState(angle + turn, floor + turn, offset, Rotation.Identity, action.Turn * Smooth.PushSlope(x) / duration);
                }

            default:
                {
                    // Lifted: tilted about an axis and back, spun in the hands, carried to a new spot.
                    var lift = offset + (action.Carry * Smooth.Step(x)) + new Vec3(0, 0, action.LiftHeight * Smooth.Bump(x));
                    var tilt = Rotation.FromAxisAngle(action.LiftAxis, action.LiftAngle * Smooth.Bump(x));
                    return new RollerState(angle + (action.Turn * Smooth.Step(x)), floor, lift, tilt, action.Turn * Smooth.StepSlope(x) / duration);
                }
        }
    }

    private (double Turn, double FloorTurn, Vec3 Carry) Totals(RollerAction action) => action.Kind switch
    {
        RollerActionKind.Rolling => Rolled(action.Bout!),
        RollerActionKind.Nudge => (action.Turn, action.Turn, Vec3.Zero),
        _ => (action.Turn, 0, action.Carry),
    };

    private (double Turn, double FloorTurn, Vec3 Carry) Rolled(MoveBout bout)
    {
        var turn = bout.Sense * bout.Contact.Rolling(bout.End).Displacement / _radius;
        return (turn, turn, Vec3.Zero);
    }

    private int LastStartingAtOrBefore(double t)
    {
        int lo = 0, hi = _actions.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_actions[mid].Start <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private readonly record struct RollerState(double Angle, double FloorAngle, Vec3 Offset, Rotation Tilt, double AxisRate);
}
