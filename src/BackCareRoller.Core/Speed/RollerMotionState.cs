using System.Numerics;

namespace BackCareRoller.Core.Speed;

/// <summary>What the roller-motion stage remembers, and its output for the latest roller sample.</summary>
/// <param name="OnRoller">True while someone is taken to be on the roller.</param>
/// <param name="PassSeconds">Rolling time of the current stretch that may become a pass.</param>
/// <param name="StillSeconds">Time since the roller last turned faster than the rolling threshold.</param>
/// <param name="Posture">Low-passed body specific force, m/s² (the body's "up" while it is not accelerating).</param>
/// <param name="HasPosture">True once a body sample has been seen.</param>
/// <param name="Up">The body's "up" when standing, in the body sensor frame (unit).</param>
/// <param name="CalibrationSeconds">Time spent standing still at the start, toward calibrating <paramref name="Up"/>.</param>
/// <param name="Calibrated">True once <paramref name="Up"/> was measured rather than assumed (+y).</param>
/// <param name="BodyUpright">True while the body sensor says the user is upright.</param>
/// <param name="Motion">The motion of the latest roller sample.</param>
/// <param name="HasMotion">True when the latest input was a roller sample, so <paramref name="Motion"/> is new.</param>
internal readonly record struct RollerMotionState(
    bool OnRoller,
    double PassSeconds,
    double StillSeconds,
    Vector3 Posture,
    bool HasPosture,
    Vector3 Up,
    double CalibrationSeconds,
    bool Calibrated,
    bool BodyUpright,
    RollerMotion Motion,
    bool HasMotion)
{
    /// <summary>Nobody on the roller, no posture yet, "up" assumed along the holster's +y.</summary>
    public static RollerMotionState Initial => new() { Up = Vector3.UnitY };
}
