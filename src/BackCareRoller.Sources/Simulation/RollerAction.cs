namespace BackCareRoller.Sources.Simulation;

/// <summary>One thing that moves the roller; between actions it lies still on the floor.</summary>
/// <param name="Kind">What moves it.</param>
/// <param name="Start">Session time, s.</param>
/// <param name="End">Session time, s.</param>
/// <param name="Bout">The bout (<see cref="RollerActionKind.Rolling"/>).</param>
/// <param name="Turn">Turn about the roller's axis over the action, rad (nudge: rolling on the floor; lift: spun in the hands).</param>
/// <param name="LiftAxis">Axis of the tilt while lifted (roller-aligned world frame).</param>
/// <param name="LiftAngle">Largest tilt while lifted, rad.</param>
/// <param name="LiftHeight">Highest lift, m.</param>
/// <param name="Carry">Where it is put down relative to where it was picked up, m.</param>
internal sealed record RollerAction(
    RollerActionKind Kind,
    double Start,
    double End,
    MoveBout? Bout = null,
    double Turn = 0,
    Vec3 LiftAxis = default,
    double LiftAngle = 0,
    double LiftHeight = 0,
    Vec3 Carry = default);
