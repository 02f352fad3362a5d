namespace BackCareRoller.Core.Speed;

/// <summary>
/// The roller's rotation about its own long axis after bias removal, one per roller sample: the input every
/// later stage (too-fast rule, contact position, passes) works from. DESIGN.md section 3.
/// </summary>
/// <param name="Time">Offset from the session start of the roller sample.</param>
/// <param name="AxisRateRadiansPerSecond">
/// Bias-corrected angular rate about the roll axis. With a firmware-axis roller, positive is about +x (toward the
/// end cap marked "L", on the user's left). With an unknown mount the sign is consistent within a session but
/// arbitrary until <paramref name="AxisSignKnown"/> is true.
/// </param>
/// <param name="TraverseSpeedMetersPerSecond">|ω|·r: the contact point's speed along the body.</param>
/// <param name="IsRolling">True while the roller turns faster than the still threshold.</param>
/// <param name="AxisSignKnown">True when the sign convention of <paramref name="AxisRateRadiansPerSecond"/> is the firmware one.</param>
public readonly record struct RollerMotion(
    TimeSpan Time,
    double AxisRateRadiansPerSecond,
    double TraverseSpeedMetersPerSecond,
    bool IsRolling,
    bool AxisSignKnown);
