using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Zones;

namespace BackCareRoller.Storage.Live;

/// <summary>
/// A summary rebuilt from the stored timeline and alerts, for a session interrupted before its owner wrote any summary.
/// Too-fast seconds cannot be rebuilt from them and stay 0.
/// </summary>
internal static class TimelineSummary
{
    public static SessionSummary Of(IReadOnlyList<ZoneInterval> intervals, IReadOnlyList<Alert> alerts)
    {
        var perZone = new Dictionary<BodyZone, double>();
        var perSide = new Dictionary<BodyZone, Dictionary<BodySide, double>>();
        foreach (var interval in intervals)
        {
            var seconds = (interval.End - interval.Start).TotalSeconds;
            perZone[interval.Zone] = perZone.GetValueOrDefault(interval.Zone) + seconds;
            if (interval.Side is { } side)
            {
                if (!perSide.TryGetValue(interval.Zone, out var sides))
                {
                    sides = [];
                    perSide[interval.Zone] = sides;
                }

                sides[side] = sides.GetValueOrDefault(side) + seconds;
            }
        }

        var counts = new Dictionary<AlertKind, int>();
        foreach (var alert in alerts)
        {
            counts[alert.Kind] = counts.GetValueOrDefault(alert.Kind) + 1;
        }

        return new SessionSummary
        {
            PerZoneSeconds = perZone,
            PerZoneSideSeconds = perSide.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<BodySide, double>)pair.Value),
            TooFastSeconds = 0,
            AlertCounts = counts,
        };
    }
}
