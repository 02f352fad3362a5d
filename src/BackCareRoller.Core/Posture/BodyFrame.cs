using System.Numerics;

namespace BackCareRoller.Core.Posture;

/// <summary>
/// The body's axes in the body sensor's frame (DESIGN.md section 2: +x forward, +y up, +z right when standing).
/// The standing phase fixes <see cref="Up"/>; the nominal forward axis is made orthogonal to it, so any mount
/// rotation about the long axis stays in <see cref="Forward"/> and shows up as tilt.
/// </summary>
/// <param name="Forward">Unit forward (anterior) axis.</param>
/// <param name="Up">Unit long axis, toward the head.</param>
/// <param name="Right">Unit right axis, Forward × Up.</param>
/// <param name="GravityMetersPerSecondSquared">Magnitude of the specific force while standing still, m/s².</param>
/// <param name="IsCalibrated">True when <see cref="Up"/> came from the standing phase.</param>
internal readonly record struct BodyFrame(Vector3 Forward, Vector3 Up, Vector3 Right, float GravityMetersPerSecondSquared, bool IsCalibrated)
{
    /// <summary>The sensor axes themselves: the holster of section 2 with no misalignment.</summary>
    public static BodyFrame Nominal { get; } = new(Vector3.UnitX, Vector3.UnitY, Vector3.UnitZ, (float)PostureDefaults.StandardGravity, false);

    /// <summary>The frame whose long axis is the measured standing "up".</summary>
    /// <param name="standingUp">Mean specific force while standing still, m/s², sensor frame.</param>
    /// <returns>The calibrated frame.</returns>
    public static BodyFrame FromStanding(Vector3 standingUp)
    {
        var gravity = standingUp.Length();
        var up = standingUp / gravity;

        // Keep the nominal forward axis as far as the measured up allows (Gram–Schmidt).
        var forward = Vector3.Normalize(Vector3.UnitX - (Vector3.Dot(Vector3.UnitX, up) * up));
        var right = Vector3.Cross(forward, up);
        return new BodyFrame(forward, up, right, gravity, true);
    }
}
