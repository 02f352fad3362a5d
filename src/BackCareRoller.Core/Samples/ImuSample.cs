using System.Numerics;

namespace BackCareRoller.Core.Samples;

/// <summary>One inertial sample in SI units, in its sensor's own frame (DESIGN.md section 2).</summary>
/// <param name="Time">Offset from the session start, taken from the sensor's clock mapped to session time.</param>
/// <param name="Sensor">Which sensor produced the sample.</param>
/// <param name="Acceleration">Specific force in m/s², gravity included: a sensor lying still reads +9.81 on the axis pointing up.</param>
/// <param name="AngularVelocity">Angular rate in rad/s, right-handed about the sensor's axes.</param>
public readonly record struct ImuSample(TimeSpan Time, SensorRole Sensor, Vector3 Acceleration, Vector3 AngularVelocity);
