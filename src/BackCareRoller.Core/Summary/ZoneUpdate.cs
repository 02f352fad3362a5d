using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Summary;

/// <summary>
/// The zone estimate from <paramref name="Time"/> on, the summariser's zone input. It may arrive as changes only or
/// once per sample: a repeated zone, side and move is simply a continuation.
/// </summary>
/// <param name="Time">Offset from the session start from which the estimate holds.</param>
/// <param name="Zone">Where the contact point is; <see cref="BodyZone.None"/> when off the roller or unknown.</param>
/// <param name="Side">The side rolled, where known; null for zones without sides or when both legs are rolled.</param>
/// <param name="Move">The routine move being done, or <see cref="RoutineMove.None"/>.</param>
public readonly record struct ZoneUpdate(TimeSpan Time, BodyZone Zone, BodySide? Side, RoutineMove Move);
