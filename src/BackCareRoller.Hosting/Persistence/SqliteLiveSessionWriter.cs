using System.Globalization;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Hosting.Live;
using StorageWriter = BackCareRoller.Storage.Live.ILiveSessionWriter;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>
/// Feeds one live session into the SQLite store: alerts and speed as they come, each finished zone span, and the
/// summariser's running summary once a second (the store flushes every few seconds, so a crash loses little).
/// </summary>
internal sealed class SqliteLiveSessionWriter(StorageWriter writer) : ILiveSessionWriter
{
    private readonly Lock _gate = new();
    private readonly SessionSummariser _summariser = new();
    private TimeSpan _spanStart;
    private BodyZone _zone;
    private BodySide? _side;
    private TimeSpan _lastTime;

    public string SessionId { get; } = writer.SessionId.ToString(CultureInfo.InvariantCulture);

    public void AppendSample(in ImuSample sample)
    {
    }

    public void Append(LiveEvent liveEvent)
    {
        // The store's appends only buffer and complete at once; the one writer per session is fed on one thread.
        lock (_gate)
        {
            _lastTime = liveEvent.Time > _lastTime ? liveEvent.Time : _lastTime;
            switch (liveEvent)
            {
                case LiveAlertEvent alert:
                    _summariser.Add(alert.Alert);
                    Wait(writer.AppendAlertAsync(alert.Alert));
                    break;
                case LiveSpeedEvent speed:
                    _summariser.Add(speed.Reading);
                    Wait(writer.AppendSpeedAsync(speed.Reading));
                    break;
                case LiveZoneEvent zone:
                    _summariser.Add(new ZoneUpdate(zone.Time, zone.Zone, zone.Side, zone.Move));
                    if (zone.Zone != _zone || zone.Side != _side)
                    {
                        CloseSpan(zone.Time);
                        (_zone, _side) = (zone.Zone, zone.Side);
                    }

                    break;
                case LiveStatsEvent stats:
                    Wait(writer.UpdateSummaryAsync(_summariser.Snapshot(stats.Time), stats.Time));
                    break;
            }
        }
    }

    public async ValueTask CompleteAsync(LiveEndedEvent ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        SessionSummary summary;
        TimeSpan end;
        lock (_gate)
        {
            end = ended.Time > _lastTime ? ended.Time : _lastTime;
            CloseSpan(end);
            summary = _summariser.Snapshot(end);
        }

        await writer.CompleteAsync(summary, end, cancellationToken).ConfigureAwait(false);
        await writer.DisposeAsync().ConfigureAwait(false);
    }

    private void CloseSpan(TimeSpan end)
    {
        if (end > _spanStart)
        {
            Wait(writer.AppendZoneIntervalAsync(new ZoneInterval(_spanStart, end, _zone, _side)));
            _spanStart = end;
        }
    }

    private static void Wait(ValueTask append)
    {
        if (!append.IsCompletedSuccessfully)
        {
            append.AsTask().GetAwaiter().GetResult();
        }
    }
}
