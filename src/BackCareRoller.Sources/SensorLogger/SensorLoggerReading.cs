using System.Numerics;

namespace BackCareRoller.Sources.SensorLogger;

/// <summary>One entry of a Sensor Logger message's <c>payload</c> that this product reads.</summary>
/// <param name="Sensor">Which stream it belongs to.</param>
/// <param name="TimeNanoseconds">UTC epoch time in nanoseconds, read as a 64-bit integer (a double would lose the last ~8 bits).</param>
/// <param name="Values">The <c>x</c>, <c>y</c>, <c>z</c> values in the phone's frame.</param>
public readonly record struct SensorLoggerReading(SensorLoggerSensor Sensor, long TimeNanoseconds, Vector3 Values);
