namespace BackCareRoller.Core.Zones;

/// <summary>One row of the zone table: a band of contact positions u on one face of the body.</summary>
/// <param name="Zone">The zone.</param>
/// <param name="Face">Which face of the body the band is on.</param>
/// <param name="From">Lower bound of u (fraction of standing height), inclusive.</param>
/// <param name="To">Upper bound of u, exclusive.</param>
/// <param name="Allowed">False for the zones that must never be rolled (lumbar, neck).</param>
public readonly record struct ZoneBand(BodyZone Zone, BodyFace Face, double From, double To, bool Allowed);
