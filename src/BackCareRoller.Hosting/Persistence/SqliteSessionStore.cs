using System.Globalization;
using BackCareRoller.Core.Reports;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Storage;
using BackCareRoller.Storage.History;
using BackCareRoller.Storage.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>
/// Live sessions in the SQLite session store of issue 5 — the same database the CLI's <c>sessions</c> and
/// <c>history</c> read. Opened (and migrated, and interrupted sessions recovered) when the host starts, so a bad
/// <c>--db</c> stops start-up with the store's own message.
/// </summary>
internal sealed class SqliteSessionStore(IOptions<SessionStoreOptions> options, TimeProvider time) : ISessionStore, ISessionHistory, IHostedService, IDisposable
{
    private SessionStore? _store;

    private SessionStore Store => _store ?? throw new InvalidOperationException("The session store opens when the host starts.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = SessionDatabasePath.Resolve(options.Value.DatabasePath, Environment.GetEnvironmentVariable);
        _store = await SessionStore.OpenAsync(path, time, options.Value, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask<ILiveSessionWriter> BeginAsync(LiveSessionInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var record = new SessionRecord
        {
            StartedAt = info.StartedAt,
            Setup = new SessionSetup(info.Profile.HeightCm, info.Profile.RollerDiameterCm),
            Source = SourceNames.Of(info.Profile.Source),
            Devices = [SourceNames.Of(info.Profile.Source)],
        };
        var writer = await Store.BeginSessionAsync(record, keepRawSamples: false, cancellationToken).ConfigureAwait(false);
        return new SqliteLiveSessionWriter(writer);
    }

    public async Task<IReadOnlyList<StoredSession>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var listings = await Store.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. listings.Reverse().Take(limit).Select(l => new StoredSession(
            l.Id.ToString(CultureInfo.InvariantCulture),
            l.StartedAt,
            l.Duration.TotalSeconds,
            l.Source ?? "recording",
            l.Status.ToString().ToLowerInvariant(),
            l.AlertCount,
            new Dictionary<Core.Zones.BodyZone, double>(),
            new Dictionary<Core.Alerts.AlertKind, int>()))];
    }

    public async Task<SessionReport?> GetReportAsync(string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var stored = await Store.GetAsync(number, cancellationToken).ConfigureAwait(false);
        return stored?.Report;
    }

    public async Task<IReadOnlyList<WeekSummary>> WeeksAsync(int weeks, CancellationToken cancellationToken)
    {
        var now = time.GetLocalNow();
        var history = await Store.GetHistoryAsync(new HistoryQuery(DateOnly.FromDateTime(now.DateTime), weeks, now.Offset), cancellationToken).ConfigureAwait(false);
        return [.. history.Select(w => new WeekSummary(w.WeekStart, w.Sessions, w.MinutesPerZone, w.AlertsPerKind))];
    }

    public void Dispose() => _store?.Dispose();
}
