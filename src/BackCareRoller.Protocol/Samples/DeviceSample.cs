using System.Numerics;

namespace BackCareRoller.Protocol.Samples;

/// <summary>One IMU sample of a roller in SI units, on the host's clock (DESIGN.md section 2).</summary>
/// <param name="Time">When the sample was taken, on the host clock the arrival times were given in (device clock mapped, drift removed).</param>
/// <param name="DeviceTimeMicroseconds">The device clock at the sample, unwrapped: µs, increasing within a session.</param>
/// <param name="Acceleration">Specific force in m/s², gravity included, in the frame of the configuration's axis convention.</param>
/// <param name="AngularVelocity">Angular rate in rad/s, right-handed about the same axes.</param>
public readonly record struct DeviceSample(TimeSpan Time, long DeviceTimeMicroseconds, Vector3 Acceleration, Vector3 AngularVelocity);
