using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Summary;

/// <summary>
/// Replays the too-fast rule of DESIGN.md section 3 on the 10 Hz speed readings (moving average over a window,
/// start above one threshold, clear below a lower one) and adds up the time it is active. The alert stream only says
/// when an episode starts, so the summary needs the rule's state itself.
/// </summary>
internal sealed class TooFastTracker
{
    // Ring of the readings inside the window, allocated once. 10 Hz readings need 10 slots for the default 1 s
    // window; 1024 slots hold 1000 Hz for 1 s or 10 Hz for 100 s. When full, the oldest drops (the window shortens).
    private const int Capacity = 1024;

    private readonly TimeSpan[] _times = new TimeSpan[Capacity];
    private readonly double[] _speeds = new double[Capacity];
    private readonly SummarySettings _settings;
    private int _head;
    private int _count;
    private double _sum;
    private bool _active;
    private bool _hasReading;
    private TimeSpan _lastTime;
    private TimeSpan _activeTime;

    /// <summary>Creates a tracker with no readings.</summary>
    /// <param name="settings">Validated settings.</param>
    internal TooFastTracker(SummarySettings settings) => _settings = settings;

    /// <summary>Feeds one speed reading.</summary>
    /// <param name="reading">The reading; non-finite speeds are ignored.</param>
    internal void Add(SpeedReading reading)
    {
        // A non-finite speed is not a measurement; it must not poison the average.
        if (!double.IsFinite(reading.SpeedMetersPerSecond))
        {
            return;
        }

        // Time never runs backwards within the stream.
        var time = _hasReading && reading.Time < _lastTime ? _lastTime : reading.Time;

        // The rule's state since the last reading holds until this one, but not across lost data.
        if (_hasReading && _active)
        {
            _activeTime += Held(time - _lastTime);
        }

        // Drop readings that left the window, and the oldest when the ring is full.
        var windowStart = time - _settings.TooFastWindow;
        while (_count > 0 && (_times[_head] <= windowStart || _count == Capacity))
        {
            _sum -= _speeds[_head];
            _head = (_head + 1) % Capacity;
            _count--;
        }

        if (_count == 0)
        {
            // Restart the running sum exactly, so rounding never builds up across episodes.
            _sum = 0;
        }

        var speed = Math.Abs(reading.SpeedMetersPerSecond);
        var tail = (_head + _count) % Capacity;
        _times[tail] = time;
        _speeds[tail] = speed;
        _count++;
        _sum += speed;

        // Hysteresis: start above the enter threshold, clear below the clear threshold.
        var average = _sum / _count;
        _active = _active
            ? average >= _settings.TooFastClearMetersPerSecond
            : average > _settings.TooFastEnterMetersPerSecond;
        _lastTime = time;
        _hasReading = true;
    }

    /// <summary>Time the rule has been active, up to <paramref name="now"/>.</summary>
    /// <param name="now">Offset from the session start.</param>
    /// <returns>The active time; the open episode counts up to <paramref name="now"/>, held at most the longest gap.</returns>
    internal TimeSpan ActiveTimeAt(TimeSpan now) =>
        _active && now > _lastTime ? _activeTime + Held(now - _lastTime) : _activeTime;

    private TimeSpan Held(TimeSpan gap) => gap < _settings.MaxSampleGap ? gap : _settings.MaxSampleGap;
}
