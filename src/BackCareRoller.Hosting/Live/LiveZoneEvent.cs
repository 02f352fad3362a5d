using BackCareRoller.Core.Zones;

namespace BackCareRoller.Hosting.Live;

/// <summary>The contact point moved to another zone, or the routine move changed.</summary>
/// <param name="Time">Offset from the session start.</param>
/// <param name="Zone">The zone now under the roller.</param>
/// <param name="Side">The side rolled, where the zone has one.</param>
/// <param name="Move">The routine move recognised, or none.</param>
public sealed record LiveZoneEvent(TimeSpan Time, BodyZone Zone, BodySide? Side, RoutineMove Move) : LiveEvent(Time);
