using System.Numerics;

namespace BackCareRoller.Core.RollAxis;

/// <summary>The roll-axis estimator's memory and its output for the latest sample.</summary>
/// <param name="Axis">Unit roll axis in the sensor frame, valid when <paramref name="HasAxis"/> is true.</param>
/// <param name="HasAxis">True once an axis is known (at once for a firmware roller).</param>
/// <param name="Scatter">Scatter of the rolling samples seen so far.</param>
/// <param name="RollingSeconds">Rolling time accumulated in the scatter.</param>
/// <param name="SinceUpdateSeconds">Rolling time since the last estimate.</param>
/// <param name="RateRadiansPerSecond">The latest sample's rate about the axis.</param>
internal readonly record struct RollAxisState(
    Vector3 Axis,
    bool HasAxis,
    GyroScatter Scatter,
    double RollingSeconds,
    double SinceUpdateSeconds,
    double RateRadiansPerSecond)
{
    /// <summary>The starting state: +x known for a firmware roller, nothing known for an unknown mount.</summary>
    public static RollAxisState For(RollAxisSettings settings) =>
        settings.Mount == Samples.RollerMount.FirmwareAxis ? new(Vector3.UnitX, true, default, 0, 0, 0) : default;
}
