using BackCareRoller.Core.CheckIns;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>One entry of a check-in's <c>where</c>: <c>lower_back</c>, <c>buttock</c> or <c>leg</c>, and the side (or null).</summary>
internal sealed class PainLocationEntry
{
    public PainArea? Area { get; init; }

    public BodySide? Side { get; init; }
}
