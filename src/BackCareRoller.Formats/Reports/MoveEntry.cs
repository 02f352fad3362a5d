using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>One entry of <c>summary.adherence.moves</c>.</summary>
internal sealed class MoveEntry
{
    public RoutineMove? Move { get; init; }

    public double? TimeS { get; init; }

    public MoveVerdict? Verdict { get; init; }
}
