using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Reports;

/// <summary><c>profile</c>: the person and roller, lengths in cm like the recording's metadata.</summary>
internal sealed class ProfileEntry
{
    public double? HeightCm { get; init; }

    public double? RollerDiameterCm { get; init; }

    public RollerMount? Mount { get; init; }
}
