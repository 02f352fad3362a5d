namespace BackCareRoller.Sources.Simulation;

/// <summary>The drawn posture of one bout (DESIGN.md section 4 table) and its small motions.</summary>
/// <param name="Position">Pelvis reference point at the bout start, m.</param>
/// <param name="Heading">Direction of the head over the floor, rad.</param>
/// <param name="Recline">Long axis above horizontal, rad.</param>
/// <param name="TiltMagnitude">Rotation about the long axis toward the rolled side, rad.</param>
/// <param name="CouplingPerMeter">Change of recline per metre of contact travel, rad/m.</param>
/// <param name="CouplingLimit">Largest change of recline from travel, rad.</param>
/// <param name="Breathing">Recline change with each breath, rad.</param>
/// <param name="Bob">Vertical pelvis motion with each breath, m (same rhythm).</param>
/// <param name="ReclineSway">Slow recline sway, rad.</param>
/// <param name="TiltSway">Slow tilt sway, rad.</param>
/// <param name="YawSway">Slow heading sway, rad.</param>
internal sealed record BoutPosture(
    Vec3 Position,
    double Heading,
    double Recline,
    double TiltMagnitude,
    double CouplingPerMeter,
    double CouplingLimit,
    Wave Breathing,
    Wave Bob,
    Wave[] ReclineSway,
    Wave[] TiltSway,
    Wave[] YawSway);
