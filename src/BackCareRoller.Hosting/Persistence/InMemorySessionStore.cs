using System.Collections.Concurrent;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>
/// Keeps sessions in memory for the life of the process: the store used when no database is configured and
/// by tests. The SQLite store of issue 5 replaces it through the same two interfaces.
/// </summary>
public sealed class InMemorySessionStore(TimeProvider time) : ISessionStore, ISessionHistory
{
    private readonly ConcurrentDictionary<string, InMemorySessionWriter> _sessions = new(StringComparer.Ordinal);
    private long _lastId;

    /// <inheritdoc />
    public ValueTask<ILiveSessionWriter> BeginAsync(LiveSessionInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var writer = new InMemorySessionWriter(Interlocked.Increment(ref _lastId).ToString(System.Globalization.CultureInfo.InvariantCulture), info);
        _sessions[writer.SessionId] = writer;
        return ValueTask.FromResult<ILiveSessionWriter>(writer);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredSession>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<StoredSession> sessions = [.. _sessions.Values
            .Select(writer => writer.Describe())
            .OrderByDescending(session => session.StartedAt)
            .Take(limit)];
        return Task.FromResult(sessions);
    }

    /// <inheritdoc />
    public Task<SessionReport?> GetReportAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_sessions.TryGetValue(id, out var writer) ? writer.BuildReport() : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<WeekSummary>> WeeksAsync(int weeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weeks);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var thisWeek = WeekStartOf(today);
        var sessions = _sessions.Values.Select(writer => writer.Describe()).ToList();
        var result = new List<WeekSummary>(weeks);
        for (var i = weeks - 1; i >= 0; i--)
        {
            var start = thisWeek.AddDays(-7 * i);
            var inWeek = sessions.Where(s => WeekStartOf(DateOnly.FromDateTime(s.StartedAt.UtcDateTime)) == start).ToList();
            var minutes = new Dictionary<BodyZone, double>();
            var alerts = new Dictionary<AlertKind, int>();
            foreach (var session in inWeek)
            {
                foreach (var (zone, seconds) in session.PerZoneSeconds)
                {
                    minutes[zone] = minutes.GetValueOrDefault(zone) + (seconds / 60);
                }

                foreach (var (kind, count) in session.AlertCounts)
                {
                    alerts[kind] = alerts.GetValueOrDefault(kind) + count;
                }
            }

            result.Add(new WeekSummary(start, inWeek.Count, minutes, alerts));
        }

        return Task.FromResult<IReadOnlyList<WeekSummary>>(result);
    }

    private static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
