using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.History;

/// <summary>The routine targets history measures adherence against (DESIGN.md section 1).</summary>
internal static class HistoryDefaults
{
    /// <summary>The muscles of the four-move routine.</summary>
    public static IReadOnlyList<BodyZone> RoutineZones { get; } = [BodyZone.Glutes, BodyZone.HipFlexors, BodyZone.Hamstrings, BodyZone.UpperBack];

    /// <summary>The routine's minimum per move: 1–2 minutes each, so 60 s counts as done.</summary>
    public const double RoutineMinimumSeconds = 60.0;

    /// <summary>A change in adherence smaller than this (5 percentage points) is "steady".</summary>
    public const double TrendThreshold = 0.05;
}
