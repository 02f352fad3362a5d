namespace BackCareRoller.Sources.Simulation;

/// <summary>The roller moving while nobody is on it (JSON: <c>roller_handling</c>): it turns, but no zone is rolled.</summary>
/// <param name="Kind">Rolled along the floor or lifted (<c>kind</c>).</param>
/// <param name="Start">When it began (<c>start_s</c>).</param>
/// <param name="End">When it ended (<c>end_s</c>).</param>
/// <param name="TurnRadians">How far the roller turned about its own axis, rad (<c>turn_rad</c>).</param>
public readonly record struct RollerHandling(RollerHandlingKind Kind, TimeSpan Start, TimeSpan End, double TurnRadians);
