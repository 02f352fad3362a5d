using System.Text.Json.Serialization;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// <c>summary</c>: the four fields of DESIGN.md section 6, then the summariser's extras (issue 5), which a reader
/// treats as optional so summaries written before them still read.
/// </summary>
internal sealed class SummaryEntry
{
    public IReadOnlyDictionary<BodyZone, double>? PerZoneS { get; init; }

    public double? TooFastS { get; init; }

    public IReadOnlyDictionary<AlertKind, int>? AlertCounts { get; init; }

    public IReadOnlyDictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>? PerZoneSideS { get; init; }

    public IReadOnlyDictionary<AlertKind, IReadOnlyList<double>>? AlertTimesS { get; init; }

    public double? RollingS { get; init; }

    public double? RolledDistanceCm { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? MeanRollingCmPerS { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? MedianRollingCmPerS { get; init; }

    public int? Passes { get; init; }

    public IReadOnlyList<PauseEntry>? Pauses { get; init; }

    public AdherenceEntry? Adherence { get; init; }
}
