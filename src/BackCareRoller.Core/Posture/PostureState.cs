using System.Numerics;
using BackCareRoller.Core.Attitude;

namespace BackCareRoller.Core.Posture;

/// <summary>The body-posture estimator's state after one body sample.</summary>
/// <param name="Attitude">The attitude filter's state ("up" in the sensor frame).</param>
/// <param name="HasTime">Whether a body sample has been seen.</param>
/// <param name="StartTime">Time of the first body sample.</param>
/// <param name="LastTime">Time of the last body sample.</param>
/// <param name="StillSum">Sum of accelerometer readings over the current still run, m/s².</param>
/// <param name="StillSeconds">Length of the current still run, s.</param>
/// <param name="StillCount">Samples in the current still run.</param>
/// <param name="CalibrationDone">True once the standing phase is over or the calibration window has passed.</param>
/// <param name="Frame">The body frame in sensor coordinates.</param>
/// <param name="Current">The posture after the last sample.</param>
/// <param name="GyroBias">The body gyro's bias, rad/s, learnt while the wearer is still and removed before the attitude filter.</param>
/// <param name="StillRateSum">Sum of gyro readings over the current still run, rad/s.</param>
/// <param name="MotionUp">
/// "Up" in the sensor frame for removing gravity from the pelvis's motion: the gyro carries it, the accelerometer
/// corrects it only slowly, so the pelvis's own accelerations over a pass are not mistaken for tilt.
/// </param>
internal readonly record struct PostureState(
    AttitudeState Attitude,
    bool HasTime,
    TimeSpan StartTime,
    TimeSpan LastTime,
    Vector3 StillSum,
    double StillSeconds,
    int StillCount,
    bool CalibrationDone,
    BodyFrame Frame,
    BodyPosture Current,
    Vector3 GyroBias,
    Vector3 StillRateSum,
    Vector3 MotionUp)
{
    /// <summary>The state before any body sample: nominal mount, uncalibrated.</summary>
    public static PostureState Initial { get; } = new(
        default, false, TimeSpan.Zero, TimeSpan.Zero, Vector3.Zero, 0, 0, false, BodyFrame.Nominal, default, Vector3.Zero, Vector3.Zero, Vector3.Zero);
}
