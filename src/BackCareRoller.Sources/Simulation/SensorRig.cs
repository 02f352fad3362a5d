using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>One sensor on its carrier: which carrier, where and how it sits, how it misreads and when it samples.</summary>
/// <param name="Role">Roller or body.</param>
/// <param name="Carrier">The pose of the roller or pelvis.</param>
/// <param name="Mount">Sensor frame → carrier frame.</param>
/// <param name="LeverArm">Sensor position in the carrier frame, m.</param>
/// <param name="Errors">How it misreads.</param>
/// <param name="Clock">When it samples.</param>
/// <param name="NoiseSeed">Seed of its own random stream (noise, jitter, single drops).</param>
internal sealed record SensorRig(
    SensorRole Role,
    IPoseSource Carrier,
    Rotation Mount,
    Vec3 LeverArm,
    SensorErrorModel Errors,
    SampleClockModel Clock,
    int NoiseSeed);
