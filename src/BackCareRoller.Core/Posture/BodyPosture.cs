using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Posture;

/// <summary>
/// The pelvis orientation and motion read from the body sensor at one instant, in the body frame calibrated from
/// the standing phase (DESIGN.md sections 2 and 4).
/// </summary>
/// <param name="Time">Offset from the session start of the body sample.</param>
/// <param name="Class">The coarse posture.</param>
/// <param name="ReclineRadians">Elevation of the body's long axis above horizontal, head end up positive; π/2 standing.</param>
/// <param name="TiltRadians">
/// Rotation about the long axis, positive when the body's right side is lower, measured with the sensor's nominal
/// forward axis: the mount's own rotation about the long axis (up to ±15°) is still in it.
/// </param>
/// <param name="BackDown">Component of "up" along the body's forward axis: near +1 lying face up, −1 face down.</param>
/// <param name="LongAxisVelocity">
/// Velocity of the pelvis along the horizontal projection of its long axis (toward the head), high-passed so that
/// gravity leakage and drift fade, m/s.
/// </param>
/// <param name="RotationRateRadiansPerSecond">Magnitude of the bias-corrected body angular rate.</param>
/// <param name="IsCalibrated">True when "up" came from the standing phase, false when the nominal mount is assumed.</param>
/// <param name="LongAxisAccelerationMean">Slow mean of the pelvis acceleration along the long axis, m/s²: tilt error, removed before integrating.</param>
/// <param name="CalmSeconds">Time since the pelvis last turned fast, s: how long <paramref name="LongAxisVelocity"/> has been followed.</param>
public readonly record struct BodyPosture(
    TimeSpan Time,
    PostureClass Class,
    double ReclineRadians,
    double TiltRadians,
    double BackDown,
    double LongAxisVelocity,
    double RotationRateRadiansPerSecond,
    bool IsCalibrated,
    double LongAxisAccelerationMean,
    double CalmSeconds)
{
    /// <summary>The face of the body toward the floor, read from the sign of <see cref="BackDown"/>.</summary>
    public BodyFace FaceDownward => BackDown >= 0 ? BodyFace.Back : BodyFace.Front;
}
