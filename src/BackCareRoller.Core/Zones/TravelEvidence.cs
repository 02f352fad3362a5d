namespace BackCareRoller.Core.Zones;

/// <summary>
/// How well the ground a move has covered fits that move: the user starts at the move's anchor and rolls the
/// move's zone (DESIGN.md sections 1 and 4), spilling a little into allowed neighbours. Drifting into the lumbar
/// or neck zone is exactly the mistake the product must catch, so a range reaching into a forbidden zone is never
/// held against the move that borders it: that side of the region is open. Given the range of displacement since the start, the probability that some start
/// error e ~ N(0, σ²) puts the whole range inside the move's region is Φ(hi/σ) − Φ(lo/σ); a floor keeps a mistake
/// or an unusual user from ruling a move out. Using the range rather than every sample makes a long excursion
/// cost the floor once, not once per sample.
/// </summary>
internal static class TravelEvidence
{
    /// <summary>How far users spill into an allowed neighbouring zone, fraction of height (≈ 5 cm).</summary>
    private const double AllowedSlack = 0.03;

    /// <summary>How far past the end of the table a move may reach, fraction of height.</summary>
    private const double EdgeSlack = 0.01;

    /// <summary>Slack toward a forbidden zone: open (the whole height).</summary>
    private const double ForbiddenSlack = 1.0;

    /// <summary>The region of each move, indexed by <see cref="RoutineMove"/>, built once from the zone table.</summary>
    private static readonly (double From, double To)[] Regions = BuildRegions();

    /// <summary>Likelihood of a displacement range under a move.</summary>
    /// <param name="move">The move.</param>
    /// <param name="low">Lowest displacement since the start, toward the head positive, u.</param>
    /// <param name="high">Highest displacement since the start, u.</param>
    /// <param name="startSpread">Standard deviation of the start around the anchor, u.</param>
    /// <param name="scaleSpread">Relative error of the displacement.</param>
    /// <param name="floor">Probability of leaving the region anyway (mistakes).</param>
    /// <returns>A likelihood between <paramref name="floor"/> and 1.</returns>
    public static double Likelihood(RoutineMove move, double low, double high, double startSpread, double scaleSpread, double floor)
    {
        var (from, to) = Regions[(int)move];
        var anchor = ZoneTable.AnchorFor(move);
        var reach = Math.Max(Math.Abs(low), Math.Abs(high)) * scaleSpread;
        var spread = Math.Sqrt((startSpread * startSpread) + (reach * reach));

        // The start error must satisfy from ≤ anchor + e + low and anchor + e + high ≤ to.
        var lowest = (from - anchor - low) / spread;
        var highest = (to - anchor - high) / spread;
        var fit = highest > lowest ? Gaussian.Cdf(highest) - Gaussian.Cdf(lowest) : 0;
        return floor + ((1 - floor) * fit);
    }

    /// <summary>The region a move's contact stays in: its zone, widened into allowed neighbours.</summary>
    /// <param name="move">A routine move.</param>
    /// <returns>Lower and upper u.</returns>
    internal static (double From, double To) Region(RoutineMove move) => Regions[(int)move];

    private static (double From, double To)[] BuildRegions()
    {
        var regions = new (double From, double To)[(int)RoutineMove.UpperBack + 1];
        for (var move = RoutineMove.Glutes; move <= RoutineMove.UpperBack; move++)
        {
            regions[(int)move] = BuildRegion(move);
        }

        return regions;
    }

    private static (double From, double To) BuildRegion(RoutineMove move)
    {
        var band = ZoneTable.BandOf(ZoneDecision.TargetZone(move));
        return (band.From - Slack(band, below: true), band.To + Slack(band, below: false));
    }

    private static double Slack(ZoneBand band, bool below)
    {
        foreach (var other in ZoneTable.Bands)
        {
            if (other.Face == band.Face && (below ? other.To == band.From : other.From == band.To))
            {
                return other.Allowed ? AllowedSlack : ForbiddenSlack;
            }
        }

        return EdgeSlack;
    }
}
