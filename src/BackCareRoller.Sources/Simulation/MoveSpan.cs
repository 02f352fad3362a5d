using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>One bout on the roller: a move on one side, from getting on to getting off (JSON: <c>moves</c>).</summary>
/// <param name="Move">The move (<c>move</c>).</param>
/// <param name="Side">The side rolled; null for the upper back or both hamstrings (<c>side</c>).</param>
/// <param name="Face">The face on the roller (<c>face</c>).</param>
/// <param name="Start">When the weight went onto the roller (<c>start_s</c>).</param>
/// <param name="End">When the bout ended (<c>end_s</c>).</param>
/// <param name="StartPosition">Contact position u at the start: the move's anchor plus this person's placement (<c>start_u</c>).</param>
public readonly record struct MoveSpan(RoutineMove Move, BodySide? Side, BodyFace Face, TimeSpan Start, TimeSpan End, double StartPosition);
