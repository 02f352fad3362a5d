using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>One span of <c>zones</c>, the gap-free timeline.</summary>
internal sealed class ZoneEntry
{
    public double? StartS { get; init; }

    public double? EndS { get; init; }

    public BodyZone? Zone { get; init; }

    public BodySide? Side { get; init; }
}
