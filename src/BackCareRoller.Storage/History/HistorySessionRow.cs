using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.History;

/// <summary>What history needs of one session: when it started, seconds per zone and alerts per kind.</summary>
internal sealed record HistorySessionRow(
    long Id,
    DateTimeOffset StartedAt,
    IReadOnlyDictionary<BodyZone, double> SecondsPerZone,
    IReadOnlyDictionary<AlertKind, int> AlertsPerKind);
