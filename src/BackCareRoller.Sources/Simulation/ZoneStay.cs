using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>
/// One true stay of the contact in a forbidden zone (lumbar or neck), DESIGN.md section 4 (JSON: <c>zone_stays</c>).
/// An alert between 2 s before <see cref="Entry"/> and 2 s after <see cref="Exit"/> counts as catching it.
/// </summary>
/// <param name="Zone"><see cref="BodyZone.Lumbar"/> or <see cref="BodyZone.Neck"/> (<c>zone</c>).</param>
/// <param name="Entry">When the true contact entered the zone (<c>entry_s</c>).</param>
/// <param name="Exit">When it left it, or the session end (<c>exit_s</c>).</param>
/// <param name="AlertDue">True when the stay lasted at least 0.2 s, so a perfect estimator applying the rule alerts (<c>alert_due</c>).</param>
/// <param name="DeepestPosition">The contact position u furthest inside the zone (<c>deepest_u</c>).</param>
/// <param name="Move">The move during which it happened (<c>move</c>).</param>
public readonly record struct ZoneStay(BodyZone Zone, TimeSpan Entry, TimeSpan Exit, bool AlertDue, double DeepestPosition, RoutineMove Move)
{
    /// <summary>How long the contact stayed in the zone.</summary>
    public TimeSpan Duration => Exit - Entry;
}
