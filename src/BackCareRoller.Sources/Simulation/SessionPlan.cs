namespace BackCareRoller.Sources.Simulation;

/// <summary>Everything a simulated session is: its drawn scenario and the scripted motions of body and roller.</summary>
internal sealed record SessionPlan(
    SimulationScenario Scenario,
    double Duration,
    double HeightMeters,
    double RollerRadiusMeters,
    double Gravity,
    BodyTimeline Body,
    RollerTrack Roller,
    SensorRig RollerSensor,
    SensorRig? BodySensor,
    IReadOnlyList<PlannedMistake> Mistakes,
    IReadOnlyList<SensorGap> SensorGaps,
    IReadOnlyList<RollerHandling> RollerHandlings);
