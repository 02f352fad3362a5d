using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Reports;

/// <summary>The person and roller a session was analysed for (from the recording's metadata or the user's settings).</summary>
public sealed record SessionProfile
{
    /// <summary>Standing height H in metres, which scales the zone table; null when not known.</summary>
    public double? HeightMeters { get; init; }

    /// <summary>Roller diameter in metres (traverse speed is ω·r); null when not known.</summary>
    public double? RollerDiameterMeters { get; init; }

    /// <summary>How the roller sensor is mounted; null when not known.</summary>
    public RollerMount? Mount { get; init; }
}
