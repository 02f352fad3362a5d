using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Hosting.Persistence;

/// <summary>One in-memory session: the events as they came, turned into a report on demand.</summary>
internal sealed class InMemorySessionWriter(LiveSessionInfo info) : ILiveSessionWriter
{
    private readonly Lock _gate = new();
    private readonly List<Alert> _alerts = [];
    private readonly List<SpeedReading> _speed = [];
    private readonly List<LiveZoneEvent> _zoneChanges = [];
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
                    break;
                case LiveSpeedEvent speed:
                    _speed.Add(speed.Reading);
                    break;
                case LiveZoneEvent zone:
                    _zoneChanges.Add(zone);
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
        return new StoredSession(info.Id, info.StartedAt, report.DurationSeconds, info.Profile.Source.ToString().ToLowerInvariant(), status,
            report.Summary.PerZoneSeconds, report.Summary.AlertCounts);
    }

    public SessionReport BuildReport()
    {
        lock (_gate)
        {
            var zones = BuildTimeline();
            var perZone = new Dictionary<BodyZone, double>();
            var perSide = new Dictionary<BodyZone, Dictionary<BodySide, double>>();
            foreach (var interval in zones.Where(z => z.Zone != BodyZone.None))
            {
                var seconds = (interval.End - interval.Start).TotalSeconds;
                perZone[interval.Zone] = perZone.GetValueOrDefault(interval.Zone) + seconds;
                if (interval.Side is { } side)
                {
                    var sides = perSide.TryGetValue(interval.Zone, out var existing) ? existing : perSide[interval.Zone] = [];
                    sides[side] = sides.GetValueOrDefault(side) + seconds;
                }
            }

            return new SessionReport
            {
                DurationSeconds = _lastTime.TotalSeconds,
                Alerts = [.. _alerts],
                Zones = zones,
                Speed = [.. _speed],
                Summary = new SessionSummary
                {
                    PerZoneSeconds = perZone,
                    PerZoneSideSeconds = perSide.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<BodySide, double>)p.Value),
                    TooFastSeconds = 0,
                    AlertCounts = _alerts.GroupBy(a => a.Kind).ToDictionary(g => g.Key, g => g.Count()),
                },
            };
        }
    }

    private List<ZoneInterval> BuildTimeline()
    {
        // Gap-free from 0 to the last time seen (DESIGN.md section 6), starting in "none".
        var intervals = new List<ZoneInterval>();
        var start = TimeSpan.Zero;
        var zone = BodyZone.None;
        BodySide? side = null;
        foreach (var change in _zoneChanges)
        {
            if (change.Zone == zone && change.Side == side)
            {
                continue;
            }

            if (change.Time > start)
            {
                intervals.Add(new ZoneInterval(start, change.Time, zone, side));
                start = change.Time;
            }

            (zone, side) = (change.Zone, change.Side);
        }

        if (_lastTime > start || intervals.Count == 0)
        {
            intervals.Add(new ZoneInterval(start, _lastTime, zone, side));
        }

        return intervals;
    }
}
