namespace BackCareRoller.Core.Zones;

/// <summary>One span of the gap-free zone timeline of a session (DESIGN.md section 6).</summary>
/// <param name="Start">Offset from the session start where the span begins.</param>
/// <param name="End">Offset where it ends (exclusive).</param>
/// <param name="Zone">The zone the contact point was in.</param>
/// <param name="Side">The side rolled, where the zone has one.</param>
public readonly record struct ZoneInterval(TimeSpan Start, TimeSpan End, BodyZone Zone, BodySide? Side);
