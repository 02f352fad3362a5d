using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Reports;

/// <summary>What a session amounts to (DESIGN.md section 6 <c>summary</c>, extended by the summariser of issue 5).</summary>
public sealed record SessionSummary
{
    /// <summary>Seconds with the contact in each zone (both sides together); zones never visited are absent.</summary>
    public required IReadOnlyDictionary<BodyZone, double> PerZoneSeconds { get; init; }

    /// <summary>Seconds per zone and side, for the zones that have sides.</summary>
    public required IReadOnlyDictionary<BodyZone, IReadOnlyDictionary<BodySide, double>> PerZoneSideSeconds { get; init; }

    /// <summary>Seconds during which the too-fast rule was active.</summary>
    public required double TooFastSeconds { get; init; }

    /// <summary>Number of alerts of each kind; kinds never raised are absent.</summary>
    public required IReadOnlyDictionary<AlertKind, int> AlertCounts { get; init; }
}
