using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Reports;

/// <summary>
/// Turns the pipeline's events into the session report of DESIGN.md section 6: it keeps the alerts and the 10 Hz
/// speed series and feeds the summariser. The same builder serves <c>analyze</c> (fed a whole recording) and a live
/// session (fed as samples arrive, <see cref="Build"/> called for a mid-session report). Not thread-safe.
/// </summary>
public sealed class SessionReportBuilder
{
    private readonly SessionSummariser _summariser;
    private readonly List<Alert> _alerts = [];
    private readonly List<SpeedReading> _speed = [];
    private TimeSpan _latest;

    /// <summary>Creates a builder for one session.</summary>
    /// <param name="settings">The summariser's thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public SessionReportBuilder(SummarySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _summariser = new SessionSummariser(settings);
    }

    /// <summary>The alerts so far, in time order.</summary>
    public IReadOnlyList<Alert> Alerts => _alerts;

    /// <summary>Feeds one pipeline event.</summary>
    /// <param name="sessionEvent">The event.</param>
    public void Add(SessionEvent sessionEvent)
    {
        if (sessionEvent.Time > _latest)
        {
            _latest = sessionEvent.Time;
        }

        switch (sessionEvent.Kind)
        {
            case SessionEventKind.RollerMotion:
                _summariser.Add(sessionEvent.Motion);
                break;
            case SessionEventKind.SpeedReading:
                _speed.Add(sessionEvent.Speed);
                _summariser.Add(sessionEvent.Speed);
                break;
            case SessionEventKind.Alert:
                _alerts.Add(sessionEvent.Alert);
                _summariser.Add(sessionEvent.Alert);
                break;
            case SessionEventKind.ZoneChange:
                _summariser.Add(new ZoneUpdate(sessionEvent.Time, sessionEvent.Zone, sessionEvent.Side, sessionEvent.Move));
                break;
            default:
                break;
        }
    }

    /// <summary>The report of everything fed so far.</summary>
    /// <param name="end">The session's length (at least the latest event time).</param>
    /// <param name="zoneConfidence">How the zones were obtained.</param>
    /// <param name="profile">The person and roller, where known.</param>
    /// <param name="input">What was read, where known.</param>
    /// <returns>A new report; the builder is unchanged.</returns>
    public SessionReport Build(TimeSpan end, ZoneConfidence zoneConfidence, SessionProfile? profile = null, InputStats? input = null)
    {
        if (end < _latest)
        {
            end = _latest;
        }

        var alerts = _alerts.ToArray();
        Array.Sort(alerts, static (a, b) => a.Time.CompareTo(b.Time));
        return new SessionReport
        {
            DurationSeconds = end.TotalSeconds,
            Alerts = alerts,
            Zones = _summariser.Timeline(end),
            Speed = [.. _speed],
            Summary = _summariser.Snapshot(end),
            ZoneConfidence = zoneConfidence,
            Profile = profile,
            Input = input,
        };
    }
}
