using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>One entry of <c>summary.pauses</c>: a pause on a tender spot.</summary>
internal sealed class PauseEntry
{
    public double? StartS { get; init; }

    public double? EndS { get; init; }

    public BodyZone? Zone { get; init; }

    public BodySide? Side { get; init; }
}
