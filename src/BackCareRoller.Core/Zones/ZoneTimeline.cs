namespace BackCareRoller.Core.Zones;

/// <summary>Builds the gap-free zone timeline of DESIGN.md section 6 from the estimator's changes.</summary>
public static class ZoneTimeline
{
    /// <summary>Turns zone changes into consecutive intervals covering [0, <paramref name="end"/>).</summary>
    /// <param name="changes">Estimates at which move, zone or side changed, in time order.</param>
    /// <param name="end">End of the session.</param>
    /// <returns>Intervals from 0 to <paramref name="end"/>, none where nothing was on the roller, adjacent equal zones merged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static IReadOnlyList<ZoneInterval> FromChanges(IEnumerable<ZoneEstimate> changes, TimeSpan end)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var intervals = new List<ZoneInterval>();
        var start = TimeSpan.Zero;
        var zone = BodyZone.None;
        BodySide? side = null;
        foreach (var change in changes)
        {
            var at = change.Time < start ? start : change.Time > end ? end : change.Time;
            if (change.Zone == zone && change.Side == side)
            {
                continue;
            }

            if (at > start)
            {
                intervals.Add(new ZoneInterval(start, at, zone, side));
            }

            start = at;
            zone = change.Zone;
            side = change.Side;
        }

        if (end > start || intervals.Count == 0)
        {
            intervals.Add(new ZoneInterval(start, end, zone, side));
        }

        return intervals;
    }
}
