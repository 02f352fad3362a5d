using System.Numerics;

namespace BackCareRoller.Sources.SensorLogger;

/// <summary>An IMU sample assembled from Sensor Logger readings, still on the phone's clock.</summary>
/// <param name="DeviceSeconds">Seconds since the first reading of the stream (integer nanoseconds subtracted before converting).</param>
/// <param name="Acceleration">Specific force with gravity, m/s².</param>
/// <param name="AngularVelocity">Angular rate, rad/s.</param>
public readonly record struct SensorLoggerSample(double DeviceSeconds, Vector3 Acceleration, Vector3 AngularVelocity);
