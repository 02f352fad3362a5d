using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Reports;

/// <summary>What a session amounts to (DESIGN.md section 6 <c>summary</c>, extended by the summariser of issue 5).</summary>
public sealed record SessionSummary
{
    /// <summary>
    /// Seconds with the contact in each zone (both sides together); zones never visited are absent. Time off the
    /// roller or unknown is under <see cref="BodyZone.None"/>, so the values sum to the session length.
    /// </summary>
    public required IReadOnlyDictionary<BodyZone, double> PerZoneSeconds { get; init; }

    /// <summary>Seconds per zone and side, for the zones that have sides.</summary>
    public required IReadOnlyDictionary<BodyZone, IReadOnlyDictionary<BodySide, double>> PerZoneSideSeconds { get; init; }

    /// <summary>Seconds during which the too-fast rule was active.</summary>
    public required double TooFastSeconds { get; init; }

    /// <summary>Number of alerts of each kind; kinds never raised are absent.</summary>
    public required IReadOnlyDictionary<AlertKind, int> AlertCounts { get; init; }

    /// <summary>Offsets from the session start of the alerts of each kind, in time order; kinds never raised are absent.</summary>
    public IReadOnlyDictionary<AlertKind, IReadOnlyList<TimeSpan>> AlertTimes { get; init; } =
        new Dictionary<AlertKind, IReadOnlyList<TimeSpan>>();

    /// <summary>Seconds during which the roller was turning.</summary>
    public double RollingSeconds { get; init; }

    /// <summary>Distance the contact point travelled along the body, both directions added, in metres.</summary>
    public double RolledDistanceMeters { get; init; }

    /// <summary>Time-weighted mean traverse speed while rolling; null when the roller never turned.</summary>
    public double? MeanRollingSpeedMetersPerSecond { get; init; }

    /// <summary>Time-weighted median traverse speed while rolling; null when the roller never turned.</summary>
    public double? MedianRollingSpeedMetersPerSecond { get; init; }

    /// <summary>One-way strokes of at least the minimum travel (a pass ends where the direction reverses).</summary>
    public int Passes { get; init; }

    /// <summary>Pauses on tender spots, in time order.</summary>
    public IReadOnlyList<TenderSpotPause> Pauses { get; init; } = [];

    /// <summary>Adherence to the four-move routine; null when not computed (for example, a summary stored before it existed).</summary>
    public RoutineAdherence? Adherence { get; init; }
}
