using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// Walks the scripted session on a 1 ms grid and derives the truth: zone intervals, forbidden-zone stays and
/// too-fast episodes by the published rules, and the 10 Hz timeline. Memory is the 10 Hz timeline and the
/// event lists; the grid itself is never stored.
/// </summary>
internal static class TruthBuilder
{
    /// <summary>Grid step, s.</summary>
    public const double GridStep = 0.001;

    // Grid steps in the too-fast rule's 1-second window.
    private const int WindowSteps = 1000;

    // Grid steps between timeline points (10 Hz).
    private const int TimelineEvery = 100;

    public static SimulationTruth Build(SessionPlan plan)
    {
        var steps = (long)Math.Floor((plan.Duration / GridStep) + 1e-9);
        var window = new double[WindowSteps];
        var windowSum = 0.0;
        var timeline = new List<TruthPoint>((int)(steps / TimelineEvery) + 2);
        var zones = new List<ZoneInterval>();
        var stays = new List<ZoneStay>();
        var tooFast = new List<TooFastEpisode>();
        var onRollerSteps = 0L;

        var zoneStart = 0.0;
        var zone = BodyZone.None;
        BodySide? zoneSide = null;
        (double Entry, BodyZone Zone, double Deepest, double Depth, RoutineMove Move)? stay = null;
        (double Start, double Peak, RoutineMove Move)? episode = null;

        for (long k = 0; k <= steps; k++)
        {
            var t = k * GridStep;
            var contact = plan.Body.ContactAt(t);
            var speed = contact.OnRoller ? Math.Abs(contact.RollingVelocity) : 0;

            // Trailing 1-s mean of the true speed (zeros before the session start).
            windowSum += speed - window[k % WindowSteps];
            window[k % WindowSteps] = speed;
            var average = Math.Max(windowSum / WindowSteps, 0);

            var u = contact.PositionMeters / plan.HeightMeters;
            var z = contact.OnRoller ? ZoneTable.ZoneAt(contact.Face, u) : BodyZone.None;
            var side = ZoneTable.HasSides(z) ? contact.Side : null;
            if (contact.OnRoller && k < steps)
            {
                onRollerSteps++;
            }

            // Zone timeline: close the interval when zone or side changes.
            if (k > 0 && (z != zone || side != zoneSide))
            {
                zones.Add(new ZoneInterval(Seconds(zoneStart), Seconds(t), zone, zoneSide));
                zoneStart = t;
            }

            zone = z;
            zoneSide = side;

            // Forbidden-zone stays, with the deepest point reached.
            var forbidden = z is BodyZone.Lumbar or BodyZone.Neck;
            if (stay is { } open && (!forbidden || open.Zone != z))
            {
                stays.Add(CloseStay(open, t));
                stay = null;
            }

            if (forbidden)
            {
                var band = ZoneTable.BandOf(z);
                var depth = Math.Min(u - band.From, band.To - u);
                stay = stay is { } current
                    ? depth > current.Depth ? current with { Deepest = u, Depth = depth } : current
                    : (t, z, u, depth, contact.Move);
            }

            // Too-fast episodes: above 5.0 cm/s starts one, below 4.0 cm/s ends it.
            if (episode is { } running)
            {
                if (average < SimulationTruth.TooFastOffMetersPerSecond)
                {
                    tooFast.Add(new TooFastEpisode(Seconds(running.Start), Seconds(t), running.Peak, running.Move));
                    episode = null;
                }
                else if (average > running.Peak)
                {
                    episode = running with { Peak = average };
                }
            }
            else if (average > SimulationTruth.TooFastOnMetersPerSecond)
            {
                episode = (t, average, contact.Move);
            }

            if (k % TimelineEvery == 0)
            {
                timeline.Add(Point(plan, t, contact, u, z, side, speed, average));
            }
        }

        // Close whatever is still open at the end of the session.
        zones.Add(new ZoneInterval(Seconds(zoneStart), Seconds(plan.Duration), zone, zoneSide));
        if (stay is { } last)
        {
            stays.Add(CloseStay(last, plan.Duration));
        }

        if (episode is { } unfinished)
        {
            tooFast.Add(new TooFastEpisode(Seconds(unfinished.Start), Seconds(plan.Duration), unfinished.Peak, unfinished.Move));
        }

        return new SimulationTruth(
            plan.Scenario,
            timeline,
            zones,
            tooFast,
            stays,
            Moves(plan),
            plan.Mistakes,
            Slips(plan),
            plan.RollerHandlings,
            plan.SensorGaps,
            onRollerSteps * GridStep);
    }

    /// <summary>The truth at any instant, the 1-s mean included (integrated on the same 1 ms grid).</summary>
    public static TruthPoint At(SessionPlan plan, double t)
    {
        var contact = plan.Body.ContactAt(t);
        var speed = contact.OnRoller ? Math.Abs(contact.RollingVelocity) : 0;
        var sum = 0.0;
        for (var j = 0; j < WindowSteps; j++)
        {
            var past = t - (j * GridStep);
            if (past < 0)
            {
                break;
            }

            var c = plan.Body.ContactAt(past);
            sum += c.OnRoller ? Math.Abs(c.RollingVelocity) : 0;
        }

        var u = contact.PositionMeters / plan.HeightMeters;
        var zone = contact.OnRoller ? ZoneTable.ZoneAt(contact.Face, u) : BodyZone.None;
        return Point(plan, t, contact, u, zone, ZoneTable.HasSides(zone) ? contact.Side : null, speed, sum / WindowSteps);
    }

    private static TruthPoint Point(SessionPlan plan, double t, ContactState contact, double u, BodyZone zone, BodySide? side, double speed, double average) =>
        new(
            Seconds(t),
            contact.OnRoller,
            contact.Move,
            contact.OnRoller ? contact.Face : null,
            contact.OnRoller ? contact.Side : null,
            contact.OnRoller ? u : null,
            zone,
            side,
            speed,
            average,
            plan.Roller.AxisRateAt(t));

    private static ZoneStay CloseStay((double Entry, BodyZone Zone, double Deepest, double Depth, RoutineMove Move) stay, double exit) =>
        new(stay.Zone, Seconds(stay.Entry), Seconds(exit), exit - stay.Entry >= SimulationTruth.ZoneAlertDelay.TotalSeconds - 1e-9, stay.Deepest, stay.Move);

    private static MoveSpan[] Moves(SessionPlan plan) =>
        plan.Body.Phases
            .Where(p => p.Kind == PhaseKind.OnRoller && p.Start < plan.Duration)
            .Select(p => new MoveSpan(
                p.Bout!.Move,
                p.Bout.Side,
                p.Bout.Face,
                Seconds(p.Start),
                Seconds(Math.Min(p.End, plan.Duration)),
                p.Bout.Contact.StartPosition / plan.HeightMeters))
            .ToArray();

    private static SlipEvent[] Slips(SessionPlan plan) =>
        plan.Body.Phases
            .Where(p => p.Kind == PhaseKind.OnRoller)
            .SelectMany(p => p.Bout!.Contact.Slips)
            .Where(s => s.Start < plan.Duration)
            .Select(s => new SlipEvent(Seconds(s.Start), Seconds(Math.Min(s.End, plan.Duration)), s.Distance))
            .ToArray();

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
}
