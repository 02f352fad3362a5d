using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.History;

/// <summary>One week of <c>backcare history</c>.</summary>
/// <param name="WeekStart">The Monday that starts the week (local time).</param>
/// <param name="Sessions">Sessions started that week, of any status.</param>
/// <param name="MinutesPerZone">Minutes rolled on each zone (both sides together); zones never rolled are absent.</param>
/// <param name="AlertsPerKind">Alerts of each kind; kinds never raised are absent.</param>
/// <param name="Adherence">
/// Mean over the week's sessions of the share of the routine's four muscles (glutes, hip flexors, hamstrings, upper back)
/// rolled for at least the routine's minimum of 1 minute (DESIGN.md section 1); null in a week without sessions.
/// </param>
/// <param name="Trend">Adherence against the previous week that had sessions.</param>
public sealed record WeekHistory(
    DateOnly WeekStart,
    int Sessions,
    IReadOnlyDictionary<BodyZone, double> MinutesPerZone,
    IReadOnlyDictionary<AlertKind, int> AlertsPerKind,
    double? Adherence,
    AdherenceTrend Trend)
{
    /// <summary>All alerts of the week.</summary>
    public int AlertCount => AlertsPerKind.Values.Sum();
}
