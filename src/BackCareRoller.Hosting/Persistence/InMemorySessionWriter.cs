using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>One in-memory session: the events fed to the summariser as they come, the report built on demand.</summary>
internal sealed class InMemorySessionWriter(string sessionId, LiveSessionInfo info) : ILiveSessionWriter
{
    public string SessionId => sessionId;

    private readonly Lock _gate = new();
    private readonly SessionSummariser _summariser = new();
    private readonly List<Alert> _alerts = [];
    private readonly List<SpeedReading> _speed = [];
    private TimeSpan _lastTime;
    private LiveEndedEvent? _ended;

    public void AppendSample(in ImuSample sample)
    {
    }

    public void Append(LiveEvent liveEvent)
    {
        lock (_gate)
        {
            _lastTime = liveEvent.Time > _lastTime ? liveEvent.Time : _lastTime;
            switch (liveEvent)
            {
                case LiveAlertEvent alert:
                    _alerts.Add(alert.Alert);
                    _summariser.Add(alert.Alert);
                    break;
                case LiveSpeedEvent speed:
                    _speed.Add(speed.Reading);
                    _summariser.Add(speed.Reading);
                    break;
                case LiveZoneEvent zone:
                    _summariser.Add(new ZoneUpdate(zone.Time, zone.Zone, zone.Side, zone.Move));
                    break;
            }
        }
    }

    public ValueTask CompleteAsync(LiveEndedEvent ended, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _ended = ended;
            _lastTime = ended.Time > _lastTime ? ended.Time : _lastTime;
        }

        return ValueTask.CompletedTask;
    }

    public StoredSession Describe()
    {
        var report = BuildReport();
        var status = _ended is null ? "running" : _ended.Reason.ToString().ToLowerInvariant();
        return new StoredSession(sessionId, info.StartedAt, report.DurationSeconds, info.Profile.Source.ToString().ToLowerInvariant(), status,
            report.Alerts.Count, report.Summary.PerZoneSeconds, report.Summary.AlertCounts);
    }

    public SessionReport BuildReport()
    {
        lock (_gate)
        {
            return new SessionReport
            {
                DurationSeconds = _lastTime.TotalSeconds,
                Alerts = [.. _alerts],
                Zones = _summariser.Timeline(_lastTime),
                Speed = [.. _speed],
                Summary = _summariser.Snapshot(_lastTime),
                Profile = new SessionProfile
                {
                    HeightMeters = info.Profile.HeightCm / 100,
                    RollerDiameterMeters = info.Profile.RollerDiameterCm / 100,
                    Mount = info.Profile.RollerMount,
                },
            };
        }
    }
}
