using System.Text.Json.Serialization;
using BackCareRoller.Core.Reports;

namespace BackCareRoller.Formats.Reports;

/// <summary>
/// The <c>backcare-report/1</c> document (DESIGN.md section 6) as written to JSON. Every property is nullable so the
/// reader can name what is missing; optional blocks are left out when null. Extend by adding properties (as
/// <c>checkin</c> was): unknown properties are skipped when reading, so older readers cope.
/// </summary>
internal sealed class ReportDocument
{
    public string? Format { get; init; }

    public double? DurationS { get; init; }

    public IReadOnlyList<AlertEntry>? Alerts { get; init; }

    public IReadOnlyList<ZoneEntry>? Zones { get; init; }

    public IReadOnlyList<SpeedEntry>? Speed { get; init; }

    public SummaryEntry? Summary { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ZoneConfidence? ZoneConfidence { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputEntry? Input { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProfileEntry? Profile { get; init; }

    [JsonPropertyName("checkin")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CheckInsEntry? CheckIn { get; init; }
}
