using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.History;

/// <summary>Groups sessions into Monday-based weeks and sums them: the pure part of <c>backcare history</c>.</summary>
internal static class HistoryCalculator
{
    /// <summary>The Monday starting the week that contains <paramref name="day"/>.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The UTC instants bounding the query's weeks: [from, to).</summary>
    public static (DateTimeOffset From, DateTimeOffset To) UtcRange(HistoryQuery query)
    {
        var lastWeek = WeekStartOf(query.LastDay);
        var firstWeek = lastWeek.AddDays(-7 * (query.Weeks - 1));
        return (LocalMidnightToUtc(firstWeek, query.UtcOffset), LocalMidnightToUtc(lastWeek.AddDays(7), query.UtcOffset));
    }

    /// <summary>Every week of the query, oldest first, including weeks without sessions.</summary>
    public static IReadOnlyList<WeekHistory> Weeks(HistoryQuery query, IEnumerable<HistorySessionRow> sessions)
    {
        var lastWeek = WeekStartOf(query.LastDay);
        var firstWeek = lastWeek.AddDays(-7 * (query.Weeks - 1));
        var accumulators = new WeekAccumulator[query.Weeks];
        for (var i = 0; i < accumulators.Length; i++)
        {
            accumulators[i] = new WeekAccumulator();
        }

        // Place each session by its local start day.
        foreach (var session in sessions)
        {
            var localDay = DateOnly.FromDateTime(session.StartedAt.ToOffset(query.UtcOffset).DateTime);
            var index = (WeekStartOf(localDay).DayNumber - firstWeek.DayNumber) / 7;
            if (index >= 0 && index < accumulators.Length)
            {
                accumulators[index].Add(session);
            }
        }

        var weeks = new List<WeekHistory>(query.Weeks);
        double? previousAdherence = null;
        for (var i = 0; i < accumulators.Length; i++)
        {
            var week = accumulators[i].ToWeek(firstWeek.AddDays(7 * i), previousAdherence);
            previousAdherence = week.Adherence ?? previousAdherence;
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>The share of routine muscles rolled for at least the routine minimum in one session.</summary>
    public static double SessionAdherence(IReadOnlyDictionary<BodyZone, double> secondsPerZone)
    {
        var done = 0;
        foreach (var zone in HistoryDefaults.RoutineZones)
        {
            if (secondsPerZone.TryGetValue(zone, out var seconds) && seconds >= HistoryDefaults.RoutineMinimumSeconds)
            {
                done++;
            }
        }

        return (double)done / HistoryDefaults.RoutineZones.Count;
    }

    private static DateTimeOffset LocalMidnightToUtc(DateOnly day, TimeSpan offset) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), offset).ToUniversalTime();

    private sealed class WeekAccumulator
    {
        private readonly Dictionary<BodyZone, double> _seconds = [];
        private readonly Dictionary<AlertKind, int> _alerts = [];
        private int _sessions;
        private double _adherenceSum;

        public void Add(HistorySessionRow session)
        {
            _sessions++;
            _adherenceSum += SessionAdherence(session.SecondsPerZone);
            foreach (var (zone, seconds) in session.SecondsPerZone)
            {
                _seconds[zone] = _seconds.GetValueOrDefault(zone) + seconds;
            }

            foreach (var (kind, count) in session.AlertsPerKind)
            {
                _alerts[kind] = _alerts.GetValueOrDefault(kind) + count;
            }
        }

        public WeekHistory ToWeek(DateOnly weekStart, double? previousAdherence)
        {
            double? adherence = _sessions == 0 ? null : _adherenceSum / _sessions;
            var trend = (adherence, previousAdherence) switch
            {
                ({ } now, { } before) when now - before >= HistoryDefaults.TrendThreshold - 1e-9 => AdherenceTrend.Up,
                ({ } now, { } before) when before - now >= HistoryDefaults.TrendThreshold - 1e-9 => AdherenceTrend.Down,
                ({ }, { }) => AdherenceTrend.Steady,
                _ => AdherenceTrend.None,
            };
            var minutes = _seconds.ToDictionary(pair => pair.Key, pair => pair.Value / 60.0);
            return new WeekHistory(weekStart, _sessions, minutes, new Dictionary<AlertKind, int>(_alerts), adherence, trend);
        }
    }
}
