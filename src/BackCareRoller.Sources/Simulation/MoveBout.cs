using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// One bout on the roller: a move on one side, with the contact's track and the pelvis's posture. The pelvis slides
/// over the floor opposite to the contact's travel along the body, twice as far as the rolling part (the roller's
/// centre moves ω·r, its top 2ω·r: DESIGN.md section 3), and the slip's distance once.
/// </summary>
internal sealed class MoveBout : IPoseSource
{
    private readonly Vec3 _position;
    private readonly double _heading;
    private readonly double _recline;
    private readonly double _tilt;
    private readonly double _couplingLimit;
    private readonly double _couplingPerMeter;
    private readonly Wave _breathing;
    private readonly Wave _bob;
    private readonly Wave[] _reclineSway;
    private readonly Wave[] _tiltSway;
    private readonly Wave[] _yawSway;

    public MoveBout(RoutineMove move, BodySide? side, ContactTrack contact, BoutPosture posture)
    {
        Move = move;
        Side = side;
        Face = ZoneTable.FaceFor(move);
        Contact = contact;
        _position = posture.Position;
        _heading = posture.Heading;
        _recline = posture.Recline;
        _tilt = Posture.TiltTowards(Face, posture.Recline, side, posture.TiltMagnitude);
        _couplingLimit = posture.CouplingLimit;
        _couplingPerMeter = posture.CouplingPerMeter;
        _breathing = posture.Breathing;
        _bob = posture.Bob;
        _reclineSway = posture.ReclineSway;
        _tiltSway = posture.TiltSway;
        _yawSway = posture.YawSway;
    }

    public RoutineMove Move { get; }

    public BodySide? Side { get; }

    public BodyFace Face { get; }

    public ContactTrack Contact { get; }

    public double Start => Contact.Start;

    public double End => Contact.End;

    /// <summary>+1 when positive roller rate moves the contact toward the head (back face), −1 face down (DESIGN.md section 3).</summary>
    public double Sense => Face == BodyFace.Back ? 1 : -1;

    /// <summary>The pelvis's signed tilt in this bout, rad (for tests of the posture table).</summary>
    public double Tilt => _tilt;

    /// <summary>The pelvis's base recline in this bout, rad.</summary>
    public double Recline => _recline;

    /// <summary>Direction of the head over the floor, rad.</summary>
    public double Heading => _heading;

    /// <summary>The pelvis reference point after the bout, breathing aside, m: where a bout on the other side starts.</summary>
    public Vec3 FinalPosition =>
        _position + (Posture.HeadOverFloor(_heading) * ((-2 * Contact.Rolling(End).Displacement) - Contact.Slip(End).Displacement));

    public Pose PoseAt(double t)
    {
        var rolling = Contact.Rolling(t).Displacement;
        var slip = Contact.Slip(t).Displacement;

        // The pelvis pitches a little as the contact travels (hips rise or sink), saturating smoothly.
        var travel = rolling + slip;
        var recline = _recline + (_couplingLimit * Math.Tanh(_couplingPerMeter * travel / _couplingLimit))
            + _breathing.Value(t) + Wave.Sum(_reclineSway, t);
        var tilt = _tilt + Wave.Sum(_tiltSway, t);
        var heading = _heading + Wave.Sum(_yawSway, t);
        var orientation = Posture.OnRoller(Face, recline, tilt, heading);
        var slide = Posture.HeadOverFloor(_heading) * ((-2 * rolling) - slip);
        return new Pose(orientation, _position + slide + new Vec3(0, 0, _bob.Value(t)));
    }
}
