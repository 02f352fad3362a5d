namespace BackCareRoller.Sources.Simulation;

/// <summary>One span of the session timeline: what the person does and where the pelvis is.</summary>
/// <param name="Kind">What the person does.</param>
/// <param name="Start">Session time, s.</param>
/// <param name="End">Session time, s.</param>
/// <param name="Body">The pelvis pose during the phase.</param>
/// <param name="Bout">The bout on the roller (<see cref="PhaseKind.OnRoller"/>), or the one being left (<see cref="PhaseKind.SideSwitch"/>).</param>
/// <param name="NextBout">The bout being switched to (<see cref="PhaseKind.SideSwitch"/>).</param>
internal sealed record Phase(PhaseKind Kind, double Start, double End, IPoseSource Body, MoveBout? Bout = null, MoveBout? NextBout = null);
