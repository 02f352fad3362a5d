namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Where the roller touches the body during one bout on the roller, as a pure function of session time: position
/// along the body s = start + rolling + slip (metres above the floor when standing, + toward the head). "Rolling"
/// is the part the roller turns for (passes plus micro-motion: tremor and breathing rock the roller), so the roller
/// turns by rolling/r; "slip" moves the contact without turning it.
/// </summary>
internal sealed class ContactTrack
{
    // The micro-motion fades in and out over this long at each end of the bout, s, so it starts and stops at rest.
    private const double MicroFadeSeconds = 1.5;

    private readonly ContactPass[] _passes;
    private readonly double[] _passBase;
    private readonly ContactSlip[] _slips;
    private readonly double[] _slipBase;
    private readonly Wave[] _micro;
    private readonly double _fade;

    public ContactTrack(double start, double end, double startPosition, ContactPass[] passes, ContactSlip[] slips, Wave[] micro)
    {
        Start = start;
        End = end;
        StartPosition = startPosition;
        _passes = passes;
        _slips = slips;
        _micro = micro;
        _fade = Math.Min(MicroFadeSeconds, (end - start) / 4);
        _passBase = CumulativeBefore(passes.Select(p => p.Distance).ToArray());
        _slipBase = CumulativeBefore(slips.Select(s => s.Distance).ToArray());
        FinalPosition = startPosition + passes.Sum(p => p.Distance) + slips.Sum(s => s.Distance);
    }

    public double Start { get; }

    public double End { get; }

    /// <summary>Contact position at the start of the bout, m.</summary>
    public double StartPosition { get; }

    /// <summary>Contact position after the bout, m.</summary>
    public double FinalPosition { get; }

    public IReadOnlyList<ContactPass> Passes => _passes;

    public IReadOnlyList<ContactSlip> Slips => _slips;

    /// <summary>Contact position at <paramref name="t"/>, m.</summary>
    public double PositionAt(double t) => StartPosition + Rolling(t).Displacement + Slip(t).Displacement;

    /// <summary>The motion the roller turns for, since the bout started: displacement, velocity (= ω·r up to sign), acceleration.</summary>
    public Kinematics Rolling(double t)
    {
        // Completed passes, the pass under way, then the micro-motion on top.
        var i = LastStartingAtOrBefore(_passes, t);
        var passes = i < 0 ? default : new Kinematics(_passBase[i], 0, 0) + _passes[i].At(t);
        return passes + Micro(t);
    }

    /// <summary>The slip since the bout started.</summary>
    public Kinematics Slip(double t)
    {
        var i = LastStartingAtOrBefore(_slips, t);
        return i < 0 ? default : new Kinematics(_slipBase[i], 0, 0) + _slips[i].At(t);
    }

    private Kinematics Micro(double t)
    {
        if (t <= Start || t >= End || _micro.Length == 0)
        {
            return default;
        }

        // Envelope e(t) = step(in)·step(out); product rule for its derivatives.
        var xIn = (t - Start) / _fade;
        var xOut = (End - t) / _fade;
        var stepIn = Smooth.Step(xIn);
        var stepOut = Smooth.Step(xOut);
        var slopeIn = Smooth.StepSlope(xIn) / _fade;
        var slopeOut = -Smooth.StepSlope(xOut) / _fade;
        var curveIn = xIn < 1 ? Math.PI * Math.PI / 2 * Math.Cos(Math.PI * xIn) / (_fade * _fade) : 0;
        var curveOut = xOut < 1 ? Math.PI * Math.PI / 2 * Math.Cos(Math.PI * xOut) / (_fade * _fade) : 0;
        var e = stepIn * stepOut;
        var de = (slopeIn * stepOut) + (stepIn * slopeOut);
        var dde = (curveIn * stepOut) + (2 * slopeIn * slopeOut) + (stepIn * curveOut);

        var waves = default(Kinematics);
        foreach (var wave in _micro)
        {
            waves += wave.At(t);
        }

        var (w, dw, ddw) = waves;
        return new Kinematics(e * w, (de * w) + (e * dw), (dde * w) + (2 * de * dw) + (e * ddw));
    }

    private static int LastStartingAtOrBefore(ContactPass[] passes, double t)
    {
        int lo = 0, hi = passes.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (passes[mid].Start <= t)
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

    private static int LastStartingAtOrBefore(ContactSlip[] slips, double t)
    {
        int lo = 0, hi = slips.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (slips[mid].Start <= t)
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

    private static double[] CumulativeBefore(double[] distances)
    {
        var result = new double[distances.Length];
        for (var i = 1; i < distances.Length; i++)
        {
            result[i] = result[i - 1] + distances[i - 1];
        }

        return result;
    }
}
