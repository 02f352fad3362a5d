using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Speed;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Summary;

/// <summary>
/// Accumulates a session summary from the pipeline's streams (issue 5): time per zone, side and move, passes,
/// rolling speed, time too fast, pauses on tender spots, alerts and adherence to the routine. Each stream is
/// processed on its own, so how the streams interleave does not matter; <see cref="Snapshot"/> reads the summary at
/// any time without changing it, so a snapshot mid-session equals the final summary of the same input.
/// Allocation-free per sample (it allocates only on zone changes, alerts, pauses and snapshots).
/// Not thread-safe: feed and snapshot from one thread at a time.
/// </summary>
public sealed class SessionSummariser
{
    private static readonly int ZoneSlots = SlotsOf<BodyZone>();
    private static readonly int MoveSlots = SlotsOf<RoutineMove>();
    private static readonly int AlertSlots = SlotsOf<AlertKind>();
    private static readonly BodySide[] Sides = [BodySide.Left, BodySide.Right];
    private static readonly RoutineMove[] RoutineOrder =
        [RoutineMove.Glutes, RoutineMove.HipFlexors, RoutineMove.Hamstrings, RoutineMove.UpperBack];

    private readonly SummarySettings _settings;
    private readonly ZoneTimelineBuilder _timeline = new();
    private readonly TooFastTracker _tooFast;
    private readonly SpeedHistogram _speeds;
    private readonly long[] _zoneTicks;
    private readonly long[] _zoneSideTicks;
    private readonly long[] _moveTicks;
    private readonly List<TimeSpan>[] _alertTimes;
    private readonly List<(TimeSpan Start, TimeSpan End)> _dwells = [];

    private TimeSpan _zoneSince;
    private BodyZone _zone;
    private BodySide? _side;
    private RoutineMove _move;

    private bool _hasMotion;
    private TimeSpan _lastMotionTime;
    private long _rollingTicks;
    private double _distanceMeters;
    private double _positionMeters;
    private PassCounterState _passes;
    private DwellState _dwell;

    /// <summary>Creates a summariser with the default settings.</summary>
    public SessionSummariser()
        : this(SummarySettings.Default)
    {
    }

    /// <summary>Creates a summariser for one session.</summary>
    /// <param name="settings">Thresholds; validated here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public SessionSummariser(SummarySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        _settings = settings;
        _tooFast = new TooFastTracker(settings);
        _speeds = new SpeedHistogram(settings.SpeedBinMetersPerSecond, settings.SpeedHistogramMaxMetersPerSecond);
        _zoneTicks = new long[ZoneSlots];
        _zoneSideTicks = new long[ZoneSlots * Sides.Length];
        _moveTicks = new long[MoveSlots];
        _alertTimes = new List<TimeSpan>[AlertSlots];
        for (var i = 0; i < AlertSlots; i++)
        {
            _alertTimes[i] = [];
        }
    }

    /// <summary>Summarises whole streams in one go: the same result as feeding them one by one.</summary>
    /// <param name="zones">Zone updates in time order.</param>
    /// <param name="motions">Roller motion, one per roller sample, in time order.</param>
    /// <param name="speeds">Speed readings (10 Hz) in time order.</param>
    /// <param name="alerts">Alerts in time order.</param>
    /// <param name="end">End of the session.</param>
    /// <param name="settings">Thresholds.</param>
    /// <returns>The summary at <paramref name="end"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public static SessionSummary Summarise(
        IEnumerable<ZoneUpdate> zones,
        IEnumerable<RollerMotion> motions,
        IEnumerable<SpeedReading> speeds,
        IEnumerable<Alert> alerts,
        TimeSpan end,
        SummarySettings settings)
    {
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(motions);
        ArgumentNullException.ThrowIfNull(speeds);
        ArgumentNullException.ThrowIfNull(alerts);
        var summariser = new SessionSummariser(settings);
        foreach (var zone in zones)
        {
            summariser.Add(zone);
        }

        foreach (var motion in motions)
        {
            summariser.Add(motion);
        }

        foreach (var speed in speeds)
        {
            summariser.Add(speed);
        }

        foreach (var alert in alerts)
        {
            summariser.Add(alert);
        }

        return summariser.Snapshot(end);
    }

    /// <summary>Feeds a zone update: the zone, side and move hold from its time until the next update.</summary>
    /// <param name="update">The update; a time before the previous update counts as that time.</param>
    public void Add(ZoneUpdate update)
    {
        var time = update.Time > _zoneSince ? update.Time : _zoneSince;
        Accumulate(time - _zoneSince);
        _zoneSince = time;
        _zone = (uint)update.Zone < ZoneSlots ? update.Zone : BodyZone.None;
        _side = _zone != BodyZone.None && update.Side is { } side && (uint)side < Sides.Length ? side : null;
        _move = (uint)update.Move < MoveSlots ? update.Move : RoutineMove.None;
        _timeline.Add(update with { Zone = _zone, Side = _side });
    }

    /// <summary>Feeds one roller sample's motion: rolling time, speed, distance, passes and pauses come from it.</summary>
    /// <param name="motion">The motion; non-finite values are ignored, a time before the previous counts as that time.</param>
    public void Add(RollerMotion motion)
    {
        // A non-finite rate is not a measurement; it must not poison the sums.
        if (!double.IsFinite(motion.TraverseSpeedMetersPerSecond) || !double.IsFinite(motion.AxisRateRadiansPerSecond))
        {
            return;
        }

        var time = _hasMotion && motion.Time < _lastMotionTime ? _lastMotionTime : motion.Time;

        // Integrate rolling since the previous sample; a still roller is not integrated, so gyro noise never adds up.
        if (_hasMotion && motion.IsRolling)
        {
            var gap = time - _lastMotionTime;
            var held = gap < _settings.MaxSampleGap ? gap : _settings.MaxSampleGap;
            if (held > TimeSpan.Zero)
            {
                // The speed stage already applied the radius (|ω|·r): the rate's sign gives the direction.
                var speed = Math.Abs(motion.TraverseSpeedMetersPerSecond);
                var travel = speed * held.TotalSeconds;
                _rollingTicks += held.Ticks;
                _distanceMeters += travel;
                _positionMeters += Math.Sign(motion.AxisRateRadiansPerSecond) * travel;
                _speeds.Add(speed, held);
            }
        }

        _passes = PassCounter.Step(_passes, _positionMeters, _settings.MinimumPassTravelMeters);
        _dwell = DwellDetector.Step(_dwell, time, _positionMeters, _settings.PauseSpanMeters);

        // A dwell long enough that ended because the roller moved on is a candidate pause; its zone is read at snapshot.
        if (_dwell.Ended && _dwell.EndedEnd - _dwell.EndedStart >= _settings.PauseMinimumDwell)
        {
            _dwells.Add((_dwell.EndedStart, _dwell.EndedEnd));
        }

        _lastMotionTime = time;
        _hasMotion = true;
    }

    /// <summary>Feeds one speed reading (10 Hz): the time too fast comes from it.</summary>
    /// <param name="reading">The reading.</param>
    public void Add(SpeedReading reading) => _tooFast.Add(reading);

    /// <summary>Feeds one alert.</summary>
    /// <param name="alert">The alert; an unknown kind is ignored.</param>
    public void Add(Alert alert)
    {
        if ((uint)alert.Kind < AlertSlots)
        {
            _alertTimes[(int)alert.Kind].Add(alert.Time);
        }
    }

    /// <summary>The zone timeline so far (DESIGN.md section 6 <c>zones</c>): gap-free from 0 to <paramref name="now"/>.</summary>
    /// <param name="now">End of the timeline; a time before the latest zone update counts as that update's time.</param>
    /// <returns>A new list of spans.</returns>
    public IReadOnlyList<ZoneInterval> Timeline(TimeSpan now) => _timeline.Build(now);

    /// <summary>The summary of everything fed so far, with the current zone held until <paramref name="now"/>.</summary>
    /// <param name="now">Offset from the session start, normally the end of the session or the latest input;
    /// a time before the latest zone update counts as that update's time.</param>
    /// <returns>A new immutable summary; the summariser is unchanged.</returns>
    public SessionSummary Snapshot(TimeSpan now)
    {
        var open = now > _zoneSince ? now - _zoneSince : TimeSpan.Zero;
        var end = _zoneSince + open;

        // Time per zone (none included, so it sums to the session length) and per zone and side.
        var perZone = new Dictionary<BodyZone, double>();
        var perZoneSide = new Dictionary<BodyZone, IReadOnlyDictionary<BodySide, double>>();
        var hasZoneInfo = false;
        for (var z = 0; z < ZoneSlots; z++)
        {
            var zone = (BodyZone)z;
            var ticks = _zoneTicks[z] + (zone == _zone ? open.Ticks : 0);
            if (ticks == 0)
            {
                continue;
            }

            perZone[zone] = Seconds(ticks);
            hasZoneInfo |= zone != BodyZone.None;
            Dictionary<BodySide, double>? sides = null;
            for (var s = 0; s < Sides.Length; s++)
            {
                var sideTicks = _zoneSideTicks[(z * Sides.Length) + s] + (zone == _zone && _side == Sides[s] ? open.Ticks : 0);
                if (sideTicks > 0)
                {
                    sides ??= [];
                    sides[Sides[s]] = Seconds(sideTicks);
                }
            }

            if (sides is not null)
            {
                perZoneSide[zone] = sides;
            }
        }

        // Alert counts and times, in kind order.
        var counts = new Dictionary<AlertKind, int>();
        var times = new Dictionary<AlertKind, IReadOnlyList<TimeSpan>>();
        for (var k = 0; k < AlertSlots; k++)
        {
            if (_alertTimes[k].Count > 0)
            {
                counts[(AlertKind)k] = _alertTimes[k].Count;
                times[(AlertKind)k] = _alertTimes[k].ToArray();
            }
        }

        // Pauses: with zone information, a dwell off the body is a rest off the roller, not a tender spot.
        var pauses = new List<TenderSpotPause>(_dwells.Count);
        foreach (var (start, last) in _dwells)
        {
            var (zone, side) = _timeline.DominantZone(start, last);
            if (!hasZoneInfo || zone != BodyZone.None)
            {
                pauses.Add(new TenderSpotPause(start, last, zone, side));
            }
        }

        var rollingSeconds = Seconds(_rollingTicks);
        return new SessionSummary
        {
            PerZoneSeconds = perZone,
            PerZoneSideSeconds = perZoneSide,
            TooFastSeconds = _tooFast.ActiveTimeAt(end).TotalSeconds,
            AlertCounts = counts,
            AlertTimes = times,
            RollingSeconds = rollingSeconds,
            RolledDistanceMeters = _distanceMeters,
            MeanRollingSpeedMetersPerSecond = _rollingTicks > 0 ? _distanceMeters / rollingSeconds : null,
            MedianRollingSpeedMetersPerSecond = _speeds.TryMedian(out var median) ? median : null,
            Passes = _passes.Passes,
            Pauses = pauses,
            Adherence = Adherence(open),
        };
    }

    private RoutineAdherence Adherence(TimeSpan open)
    {
        // Move time counts only on the body: the routine's 1–2 minutes are time rolling or pausing on the muscle.
        var moves = new MoveAdherence[RoutineOrder.Length];
        for (var i = 0; i < RoutineOrder.Length; i++)
        {
            var move = RoutineOrder[i];
            var ticks = _moveTicks[(int)move] + (move == _move && _zone != BodyZone.None ? open.Ticks : 0);
            moves[i] = new MoveAdherence(move, Seconds(ticks), Verdict(TimeSpan.FromTicks(ticks)));
        }

        return new RoutineAdherence
        {
            Moves = moves,
            LumbarSeconds = Seconds(_zoneTicks[(int)BodyZone.Lumbar] + (_zone == BodyZone.Lumbar ? open.Ticks : 0)),
            NeckSeconds = Seconds(_zoneTicks[(int)BodyZone.Neck] + (_zone == BodyZone.Neck ? open.Ticks : 0)),
        };
    }

    private MoveVerdict Verdict(TimeSpan time)
    {
        if (time < _settings.MoveMissingBelow)
        {
            return MoveVerdict.Missing;
        }

        if (time < _settings.MoveMinimum)
        {
            return MoveVerdict.TooShort;
        }

        return time > _settings.MoveMaximum ? MoveVerdict.TooLong : MoveVerdict.InRange;
    }

    private void Accumulate(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return;
        }

        _zoneTicks[(int)_zone] += span.Ticks;
        if (_side is { } side)
        {
            _zoneSideTicks[((int)_zone * Sides.Length) + (int)side] += span.Ticks;
        }

        if (_zone != BodyZone.None && _move != RoutineMove.None)
        {
            _moveTicks[(int)_move] += span.Ticks;
        }
    }

    private static double Seconds(long ticks) => ticks / (double)TimeSpan.TicksPerSecond;

    private static int SlotsOf<T>()
        where T : struct, Enum
    {
        // Enums here are byte-based and dense from 0; size arrays to the largest value.
        var slots = 0;
        foreach (var value in Enum.GetValues<T>())
        {
            slots = Math.Max(slots, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) + 1);
        }

        return slots;
    }
}
