using System.Text.Json.Serialization;
using BackCareRoller.Core.Alerts;

namespace BackCareRoller.Formats.Reports;

/// <summary>One entry of <c>alerts</c>.</summary>
internal sealed class AlertEntry
{
    [JsonPropertyName("t_s")]
    public double? TimeS { get; init; }

    public AlertKind? Kind { get; init; }

    public string? Message { get; init; }
}
