using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>One week of history: what a physiotherapist checks.</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Sessions">Sessions that week.</param>
/// <param name="MinutesPerZone">Minutes rolled per zone.</param>
/// <param name="AlertCounts">Alerts per kind.</param>
public sealed record WeekSummary(
    DateOnly WeekStart,
    int Sessions,
    IReadOnlyDictionary<BodyZone, double> MinutesPerZone,
    IReadOnlyDictionary<AlertKind, int> AlertCounts);
