using System.Text.Json.Serialization;

namespace BackCareRoller.Formats.Reports;

/// <summary>One 10 Hz entry of <c>speed</c>, in cm/s (Core works in m/s).</summary>
internal sealed class SpeedEntry
{
    [JsonPropertyName("t_s")]
    public double? TimeS { get; init; }

    public double? CmPerS { get; init; }
}
