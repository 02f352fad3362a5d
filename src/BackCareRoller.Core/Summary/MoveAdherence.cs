using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Summary;

/// <summary>Time on the roller in one routine move and the verdict on it.</summary>
/// <param name="Move">The move (never <see cref="RoutineMove.None"/>).</param>
/// <param name="Seconds">Seconds on the roller (zone other than none) in this move.</param>
/// <param name="Verdict">Missing, too short, in range or too long.</param>
public readonly record struct MoveAdherence(RoutineMove Move, double Seconds, MoveVerdict Verdict);
