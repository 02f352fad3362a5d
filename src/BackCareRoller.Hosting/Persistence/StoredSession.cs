using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>One line of the sessions list.</summary>
/// <param name="Id">The session id.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="DurationSeconds">How long it ran.</param>
/// <param name="Source">Where its samples came from (snake_case source kind, or <c>recording</c>).</param>
/// <param name="Status">live, completed, interrupted, ...</param>
/// <param name="AlertCount">Alerts of every kind.</param>
/// <param name="PerZoneSeconds">Seconds per zone, where the listing knows them.</param>
/// <param name="AlertCounts">Alerts per kind, where the listing knows them.</param>
public sealed record StoredSession(
    string Id,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    string Source,
    string Status,
    int AlertCount,
    IReadOnlyDictionary<BodyZone, double> PerZoneSeconds,
    IReadOnlyDictionary<AlertKind, int> AlertCounts);
