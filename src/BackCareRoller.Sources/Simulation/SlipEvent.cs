namespace BackCareRoller.Sources.Simulation;

/// <summary>A slip between body and roller (JSON: <c>slips</c>): the contact moved without the roller turning for it.</summary>
/// <param name="Start">When the slip began (<c>start_s</c>).</param>
/// <param name="End">When it ended (<c>end_s</c>).</param>
/// <param name="DistanceMeters">Contact travel along the body, m, + toward the head (<c>distance_m</c>).</param>
public readonly record struct SlipEvent(TimeSpan Start, TimeSpan End, double DistanceMeters);
