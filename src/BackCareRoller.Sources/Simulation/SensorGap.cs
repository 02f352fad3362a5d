using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Simulation;

/// <summary>A planned dropout: a burst of lost samples of one sensor (JSON: <c>sensor_gaps</c>).</summary>
/// <param name="Sensor">Which sensor (<c>sensor</c>).</param>
/// <param name="Start">First instant with no samples (<c>start_s</c>).</param>
/// <param name="End">When samples resume (<c>end_s</c>).</param>
public readonly record struct SensorGap(SensorRole Sensor, TimeSpan Start, TimeSpan End);
