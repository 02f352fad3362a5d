using BackCareRoller.Core.Zones;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>
/// Zone-estimation scores over one or more sessions (issue 4): time-weighted zone accuracy, lumbar and neck alert
/// recall and delay, false alerts per 10 minutes on the roller, per-zone time error and a confusion table. Holds
/// sums, so results of several sessions combine exactly.
/// </summary>
public sealed class ZoneEvaluationResult
{
    /// <summary>Number of <see cref="BodyZone"/> values, none included.</summary>
    public const int ZoneCount = (int)BodyZone.HipFlexors + 1;

    internal ZoneEvaluationResult(
        int sessions,
        double[] scored,
        double[,] confusion,
        double sideCorrectSeconds,
        double[] truthSeconds,
        double[] estimatedSeconds,
        double[] absoluteErrorSeconds,
        int[] stays,
        int[] caught,
        IReadOnlyList<double> delays,
        int falseAlerts)
    {
        Sessions = sessions;
        _scored = scored;
        _confusion = confusion;
        SideCorrectSeconds = sideCorrectSeconds;
        _truthSeconds = truthSeconds;
        _estimatedSeconds = estimatedSeconds;
        _absoluteErrorSeconds = absoluteErrorSeconds;
        _stays = stays;
        _caught = caught;
        DelaysSeconds = delays;
        FalseAlerts = falseAlerts;
    }

    private readonly double[] _scored;
    private readonly double[,] _confusion;
    private readonly double[] _truthSeconds;
    private readonly double[] _estimatedSeconds;
    private readonly double[] _absoluteErrorSeconds;
    private readonly int[] _stays;
    private readonly int[] _caught;

    /// <summary>Number of sessions behind the figures.</summary>
    public int Sessions { get; }

    /// <summary>Scored time where zone and side were both right, s.</summary>
    public double SideCorrectSeconds { get; }

    /// <summary>Delay of every caught lumbar or neck stay, s; an early alert counts as 0.</summary>
    public IReadOnlyList<double> DelaysSeconds { get; }

    /// <summary>Lumbar and neck alerts that fell outside every true stay's window.</summary>
    public int FalseAlerts { get; }

    /// <summary>Scored time: the whole session minus the margins around true zone changes, s.</summary>
    public double ScoredSeconds => Total(_scored);

    /// <summary>Scored time with the true contact on the roller (true zone not none), s.</summary>
    public double OnRollerScoredSeconds => ScoredSeconds - _scored[(int)BodyZone.None];

    /// <summary>Time with the true contact on the roller, unscored margins included, s.</summary>
    public double OnRollerSeconds => Total(_truthSeconds) - _truthSeconds[(int)BodyZone.None];

    /// <summary>Share of scored time with the right zone.</summary>
    public double ZoneAccuracy => Ratio(Diagonal(includeNone: true), ScoredSeconds);

    /// <summary>Share of scored on-roller time with the right zone.</summary>
    public double OnRollerZoneAccuracy => Ratio(Diagonal(includeNone: false), OnRollerScoredSeconds);

    /// <summary>Share of scored time with the right zone and side.</summary>
    public double ZoneAndSideAccuracy => Ratio(SideCorrectSeconds, ScoredSeconds);

    /// <summary>Caught share of the true lumbar stays (1 when there were none).</summary>
    public double LumbarRecall => _stays[0] == 0 ? 1 : (double)_caught[0] / _stays[0];

    /// <summary>Caught share of the true neck stays (1 when there were none).</summary>
    public double NeckRecall => _stays[1] == 0 ? 1 : (double)_caught[1] / _stays[1];

    /// <summary>Number of true lumbar stays.</summary>
    public int LumbarStays => _stays[0];

    /// <summary>Number of true neck stays.</summary>
    public int NeckStays => _stays[1];

    /// <summary>Median delay of the caught stays, s (0 without any).</summary>
    public double MedianDelaySeconds => Percentile(0.5);

    /// <summary>90th-percentile delay of the caught stays, s (0 without any).</summary>
    public double P90DelaySeconds => Percentile(0.9);

    /// <summary>False alerts per 10 minutes of time on the roller.</summary>
    public double FalseAlertsPer10Minutes => OnRollerSeconds > 0 ? FalseAlerts * 600 / OnRollerSeconds : 0;

    /// <summary>Seconds the truth spent in <paramref name="zone"/>.</summary>
    /// <param name="zone">A zone.</param>
    /// <returns>Seconds over all sessions.</returns>
    public double TruthSeconds(BodyZone zone) => _truthSeconds[(int)zone];

    /// <summary>Seconds the estimate spent in <paramref name="zone"/>.</summary>
    /// <param name="zone">A zone.</param>
    /// <returns>Seconds over all sessions.</returns>
    public double EstimatedSeconds(BodyZone zone) => _estimatedSeconds[(int)zone];

    /// <summary>Per-zone time error: ∑ over sessions of |estimated − true| seconds in the zone, as % of on-roller time.</summary>
    /// <param name="zone">A zone other than none.</param>
    /// <returns>The error in percent.</returns>
    public double ZoneTimeErrorPercent(BodyZone zone) => 100 * Ratio(_absoluteErrorSeconds[(int)zone], OnRollerSeconds);

    /// <summary>The largest per-zone time error over the zones of the table, %.</summary>
    public double MaxZoneTimeErrorPercent
    {
        get
        {
            var max = 0.0;
            for (var z = 1; z < ZoneCount; z++)
            {
                max = Math.Max(max, ZoneTimeErrorPercent((BodyZone)z));
            }

            return max;
        }
    }

    /// <summary>Scored seconds with the truth in <paramref name="truth"/> and the estimate in <paramref name="estimated"/>.</summary>
    /// <param name="truth">True zone.</param>
    /// <param name="estimated">Estimated zone.</param>
    /// <returns>Seconds over all sessions.</returns>
    public double ConfusionSeconds(BodyZone truth, BodyZone estimated) => _confusion[(int)truth, (int)estimated];

    /// <summary>Adds up several results.</summary>
    /// <param name="results">Results of single sessions or groups.</param>
    /// <returns>The combined result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static ZoneEvaluationResult Combine(IEnumerable<ZoneEvaluationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var sessions = 0;
        var scored = new double[ZoneCount];
        var confusion = new double[ZoneCount, ZoneCount];
        var side = 0.0;
        var truth = new double[ZoneCount];
        var estimated = new double[ZoneCount];
        var error = new double[ZoneCount];
        var stays = new int[2];
        var caught = new int[2];
        var delays = new List<double>();
        var falseAlerts = 0;
        foreach (var result in results)
        {
            sessions += result.Sessions;
            side += result.SideCorrectSeconds;
            falseAlerts += result.FalseAlerts;
            delays.AddRange(result.DelaysSeconds);
            for (var i = 0; i < 2; i++)
            {
                stays[i] += result._stays[i];
                caught[i] += result._caught[i];
            }

            for (var z = 0; z < ZoneCount; z++)
            {
                scored[z] += result._scored[z];
                truth[z] += result._truthSeconds[z];
                estimated[z] += result._estimatedSeconds[z];
                error[z] += result._absoluteErrorSeconds[z];
                for (var e = 0; e < ZoneCount; e++)
                {
                    confusion[z, e] += result._confusion[z, e];
                }
            }
        }

        return new ZoneEvaluationResult(sessions, scored, confusion, side, truth, estimated, error, stays, caught, delays, falseAlerts);
    }

    private double Diagonal(bool includeNone)
    {
        var sum = 0.0;
        for (var z = includeNone ? 0 : 1; z < ZoneCount; z++)
        {
            sum += _confusion[z, z];
        }

        return sum;
    }

    private double Percentile(double fraction)
    {
        if (DelaysSeconds.Count == 0)
        {
            return 0;
        }

        var sorted = DelaysSeconds.Order().ToArray();
        var index = (int)Math.Ceiling((fraction * sorted.Length) - 1e-9) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    private static double Total(double[] values) => values.Sum();

    private static double Ratio(double numerator, double denominator) => denominator > 0 ? numerator / denominator : 0;
}
