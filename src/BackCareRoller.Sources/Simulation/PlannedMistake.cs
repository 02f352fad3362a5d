using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Simulation;

/// <summary>A mistake the simulated person was scripted to make (JSON: <c>mistakes</c>); what it amounted to is in the episodes and stays.</summary>
/// <param name="Kind">What kind of mistake (<c>kind</c>).</param>
/// <param name="Move">The move it happened in (<c>move</c>).</param>
/// <param name="Start">When the scripted passes began (<c>start_s</c>).</param>
/// <param name="End">When they ended (<c>end_s</c>).</param>
public readonly record struct PlannedMistake(SimulatedMistakeKind Kind, RoutineMove Move, TimeSpan Start, TimeSpan End);
