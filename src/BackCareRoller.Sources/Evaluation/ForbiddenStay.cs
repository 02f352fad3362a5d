using BackCareRoller.Core.Alerts;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>A true stay of the contact in a forbidden zone (lumbar or neck): what an alert must catch.</summary>
/// <param name="Start">When the contact truly entered the zone.</param>
/// <param name="End">When it truly left.</param>
/// <param name="Kind">The alert that should fire: lumbar or neck.</param>
public readonly record struct ForbiddenStay(TimeSpan Start, TimeSpan End, AlertKind Kind);
