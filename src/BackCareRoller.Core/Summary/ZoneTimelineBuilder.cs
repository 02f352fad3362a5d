using BackCareRoller.Core.Zones;

namespace BackCareRoller.Core.Summary;

/// <summary>
/// Builds the gap-free zone timeline of a session (DESIGN.md section 6) from zone updates: spans cover 0 to the end
/// without gaps or overlaps, <see cref="BodyZone.None"/> until the first update and wherever the contact is off the
/// body. A change of move alone does not split a span, since the timeline records zone and side only.
/// Allocates only when the zone or side changes. Not thread-safe: feed and read from one thread at a time.
/// </summary>
public sealed class ZoneTimelineBuilder
{
    private readonly List<ZoneInterval> _closed = [];
    private TimeSpan _openStart;
    private BodyZone _zone;
    private BodySide? _side;

    /// <summary>Time of the latest update (0 before any): the timeline extends at least this far.</summary>
    public TimeSpan LastUpdateTime { get; private set; }

    /// <summary>Builds the timeline of <paramref name="updates"/> in one go.</summary>
    /// <param name="updates">Zone updates in time order.</param>
    /// <param name="end">End of the session.</param>
    /// <returns>The timeline from 0 to <paramref name="end"/> (or the last update, if later).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is null.</exception>
    public static IReadOnlyList<ZoneInterval> Build(IEnumerable<ZoneUpdate> updates, TimeSpan end)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var builder = new ZoneTimelineBuilder();
        foreach (var update in updates)
        {
            builder.Add(update);
        }

        return builder.Build(end);
    }

    /// <summary>Feeds one zone update. Times before the previous update (or before 0) count as that time.</summary>
    /// <param name="update">The zone estimate from its time on.</param>
    public void Add(ZoneUpdate update)
    {
        var time = update.Time > LastUpdateTime ? update.Time : LastUpdateTime;
        LastUpdateTime = time;
        var side = update.Zone == BodyZone.None ? null : update.Side;

        // Same zone and side: the open span goes on.
        if (update.Zone == _zone && side == _side)
        {
            return;
        }

        // A span that lasted some time closes where the new one starts.
        if (time > _openStart)
        {
            _closed.Add(new ZoneInterval(_openStart, time, _zone, _side));
            _openStart = time;
        }
        else if (_closed.Count > 0 && _closed[^1].Zone == update.Zone && _closed[^1].Side == side)
        {
            // The open span had no length and is dropped; the new one continues the span before it.
            _openStart = _closed[^1].Start;
            _closed.RemoveAt(_closed.Count - 1);
        }

        _zone = update.Zone;
        _side = side;
    }

    /// <summary>The timeline so far; the open span runs to <paramref name="end"/>.</summary>
    /// <param name="end">End of the timeline; an end before <see cref="LastUpdateTime"/> counts as that time.</param>
    /// <returns>A new list of spans in time order; empty for a zero-length session.</returns>
    public IReadOnlyList<ZoneInterval> Build(TimeSpan end)
    {
        // The timeline reaches at least the latest update, even when that update only continued the open span.
        end = end > LastUpdateTime ? end : LastUpdateTime;
        var result = new List<ZoneInterval>(_closed.Count + 1);
        result.AddRange(_closed);
        if (end > _openStart)
        {
            result.Add(new ZoneInterval(_openStart, end, _zone, _side));
        }

        return result;
    }

    /// <summary>The zone and side that cover most of the time from <paramref name="start"/> to <paramref name="end"/>.</summary>
    /// <param name="start">Start of the stretch.</param>
    /// <param name="end">End of the stretch, not before <paramref name="start"/>.</param>
    /// <returns>The dominant zone and side; the earliest wins a tie.</returns>
    internal (BodyZone Zone, BodySide? Side) DominantZone(TimeSpan start, TimeSpan end)
    {
        // Closed spans end in increasing order: binary-search the first one that ends after the stretch starts.
        var low = 0;
        var high = _closed.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_closed[mid].End <= start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        // A stretch of no length lies in the span that contains its instant.
        var best = (Zone: _zone, Side: _side);
        var bestTime = TimeSpan.MinValue;
        for (var i = low; i < _closed.Count && _closed[i].Start <= end; i++)
        {
            var overlap = Overlap(_closed[i].Start, _closed[i].End, start, end);
            if (overlap > bestTime)
            {
                best = (_closed[i].Zone, _closed[i].Side);
                bestTime = overlap;
            }
        }

        if (end > _openStart && Overlap(_openStart, TimeSpan.MaxValue, start, end) > bestTime)
        {
            best = (_zone, _side);
        }

        return best;
    }

    private static TimeSpan Overlap(TimeSpan fromA, TimeSpan toA, TimeSpan fromB, TimeSpan toB)
    {
        var from = fromA > fromB ? fromA : fromB;
        var to = toA < toB ? toA : toB;
        return to - from;
    }
}
