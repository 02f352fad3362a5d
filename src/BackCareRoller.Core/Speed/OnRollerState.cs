using System.Numerics;

namespace BackCareRoller.Core.Speed;

/// <summary>What the on-roller rule remembers, and its decision for the latest roller sample.</summary>
/// <param name="OnRoller">True while someone is taken to be on the roller.</param>
/// <param name="PassSeconds">Without a body sensor: rolling time of the current stretch that may become a pass.</param>
/// <param name="StillSeconds">Time since the roller last moved faster than the moving threshold.</param>
/// <param name="HasBody">True once a body sample has been seen.</param>
/// <param name="LastBodyTime">Time of the latest body sample.</param>
/// <param name="Posture">Low-passed body specific force, m/s² (the body's "up" while it is not accelerating).</param>
/// <param name="BodyRate">Low-passed body angular rate magnitude, rad/s.</param>
/// <param name="Up">The body's "up" when standing, in the body sensor frame (unit).</param>
/// <param name="CalibrationSeconds">Time spent standing still at the start, toward calibrating <paramref name="Up"/>.</param>
/// <param name="Calibrated">True once <paramref name="Up"/> was measured rather than assumed (+y).</param>
/// <param name="BodyUpright">True while the body sensor says the user is upright.</param>
/// <param name="SettledSeconds">How long the body has been settled and not upright.</param>
internal readonly record struct OnRollerState(
    bool OnRoller,
    double PassSeconds,
    double StillSeconds,
    bool HasBody,
    TimeSpan LastBodyTime,
    Vector3 Posture,
    float BodyRate,
    Vector3 Up,
    double CalibrationSeconds,
    bool Calibrated,
    bool BodyUpright,
    double SettledSeconds)
{
    /// <summary>Nobody on the roller, no body sample yet, "up" assumed along the holster's +y.</summary>
    public static OnRollerState Initial => new() { Up = Vector3.UnitY };
}
