using BackCareRoller.Core.Zones;
using ScottPlot;

namespace BackCareRoller.Charts;

/// <summary>Names and colours of the zones on every chart: one colour per zone, red family only for the zones to avoid.</summary>
internal static class ZoneStyle
{
    /// <summary>Lanes of the timeline from top to bottom: the back from neck to calves, then the front.</summary>
    public static IReadOnlyList<BodyZone> LaneOrder { get; } =
    [
        BodyZone.Neck, BodyZone.UpperBack, BodyZone.Lumbar, BodyZone.Glutes, BodyZone.Hamstrings, BodyZone.Calves,
        BodyZone.HipFlexors, BodyZone.Quads,
    ];

    /// <summary>The routine's four muscles (DESIGN.md section 1), in the order the routine does them.</summary>
    public static IReadOnlyList<BodyZone> RoutineZones { get; } = [BodyZone.Glutes, BodyZone.HipFlexors, BodyZone.Hamstrings, BodyZone.UpperBack];

    public static string Label(BodyZone zone) => zone switch
    {
        BodyZone.None => "Off the roller",
        BodyZone.Calves => "Calves",
        BodyZone.Hamstrings => "Hamstrings",
        BodyZone.Glutes => "Glutes",
        BodyZone.Lumbar => "Lower back (avoid)",
        BodyZone.UpperBack => "Upper back",
        BodyZone.Neck => "Neck (avoid)",
        BodyZone.Quads => "Quads",
        BodyZone.HipFlexors => "Hip flexors",
        _ => zone.ToString(),
    };

    public static Color ColorOf(BodyZone zone) => zone switch
    {
        BodyZone.Calves => Color.FromHex("#8DA0CB"),
        BodyZone.Hamstrings => Color.FromHex("#66C2A5"),
        BodyZone.Glutes => Color.FromHex("#1B9E77"),
        BodyZone.Lumbar => Color.FromHex("#D62728"),
        BodyZone.UpperBack => Color.FromHex("#1F77B4"),
        BodyZone.Neck => Color.FromHex("#9E0142"),
        BodyZone.Quads => Color.FromHex("#E6AB02"),
        BodyZone.HipFlexors => Color.FromHex("#A6761D"),
        _ => Color.FromHex("#BDBDBD"),
    };

    public static bool IsForbidden(BodyZone zone) => zone is BodyZone.Lumbar or BodyZone.Neck;
}
