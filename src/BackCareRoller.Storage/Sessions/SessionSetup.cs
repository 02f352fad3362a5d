namespace BackCareRoller.Storage.Sessions;

/// <summary>The user's height and the roller's diameter a session was recorded with (DESIGN.md sections 3 and 5).</summary>
/// <param name="HeightCm">The user's standing height in cm, when known.</param>
/// <param name="RollerDiameterCm">The roller's diameter in cm, when known (15 cm is the product default).</param>
public sealed record SessionSetup(double? HeightCm, double? RollerDiameterCm)
{
    /// <summary>A setup with nothing known.</summary>
    public static SessionSetup Unknown { get; } = new(null, null);
}
