namespace BackCareRoller.Sources.Evaluation;

/// <summary>Speed and too-fast scores over a group of sessions.</summary>
/// <param name="Sessions">Sessions in the group.</param>
/// <param name="MaeCentimetersPerSecond">Mean absolute speed error over on-roller readings, cm/s.</param>
/// <param name="RmseCentimetersPerSecond">Root-mean-square speed error, cm/s.</param>
/// <param name="Precision">Share of too-fast alerts that belong to a true episode (1 when no alert).</param>
/// <param name="Recall">Share of true episodes caught (1 when none).</param>
/// <param name="F1">Harmonic mean of precision and recall.</param>
/// <param name="MedianDelaySeconds">Median delay from episode start to alert.</param>
/// <param name="P90DelaySeconds">90th percentile of that delay.</param>
public sealed record SpeedScores(
    int Sessions,
    double MaeCentimetersPerSecond,
    double RmseCentimetersPerSecond,
    double Precision,
    double Recall,
    double F1,
    double MedianDelaySeconds,
    double P90DelaySeconds)
{
    /// <summary>Pools the per-session results (errors weighted by readings, alerts and episodes counted over all).</summary>
    /// <param name="results">Per-session results.</param>
    /// <returns>The pooled scores.</returns>
    public static SpeedScores Pool(IReadOnlyCollection<SpeedSeedResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var readings = results.Sum(r => r.OnRollerReadings);
        var episodes = results.Sum(r => r.TrueEpisodes);
        var alerts = results.Sum(r => r.Alerts);
        var precision = alerts == 0 ? 1.0 : results.Sum(r => r.MatchedAlerts) / (double)alerts;
        var recall = episodes == 0 ? 1.0 : results.Sum(r => r.CaughtEpisodes) / (double)episodes;
        var delays = results.SelectMany(r => r.DelaysSeconds).Order().ToArray();
        return new SpeedScores(
            results.Count,
            readings == 0 ? 0 : results.Sum(r => r.AbsoluteErrorSumCentimetersPerSecond) / readings,
            readings == 0 ? 0 : Math.Sqrt(results.Sum(r => r.SquaredErrorSum) / readings),
            precision,
            recall,
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
            Percentile(delays, 0.5),
            Percentile(delays, 0.9));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];
}
