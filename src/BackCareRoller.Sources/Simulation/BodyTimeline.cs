namespace BackCareRoller.Sources.Simulation;

/// <summary>The session's phases in order; the pelvis pose at any time comes from the phase that holds it.</summary>
internal sealed class BodyTimeline(Phase[] phases) : IPoseSource
{
    public IReadOnlyList<Phase> Phases => phases;

    public Pose PoseAt(double t) => PhaseAt(t).Body.PoseAt(t);

    /// <summary>The phase holding <paramref name="t"/>; the first or last phase outside the session.</summary>
    public Phase PhaseAt(double t)
    {
        int lo = 0, hi = phases.Length - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (phases[mid].Start <= t)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return phases[found];
    }

    /// <summary>The true contact at <paramref name="t"/>.</summary>
    public ContactState ContactAt(double t)
    {
        var phase = PhaseAt(t);
        switch (phase.Kind)
        {
            case PhaseKind.OnRoller:
                {
                    var bout = phase.Bout!;
                    var rolling = bout.Contact.Rolling(t);
                    var position = bout.Contact.StartPosition + rolling.Displacement + bout.Contact.Slip(t).Displacement;
                    return new ContactState(true, bout.Move, bout.Face, bout.Side, position, rolling.Velocity);
                }

            case PhaseKind.SideSwitch:
                {
                    // Still on the roller, weight moving across: the side changes halfway.
                    var from = phase.Bout!;
                    var side = t < (phase.Start + phase.End) / 2 ? from.Side : phase.NextBout!.Side;
                    return new ContactState(true, from.Move, from.Face, side, from.Contact.FinalPosition, 0);
                }

            default:
                return ContactState.Off;
        }
    }
}
