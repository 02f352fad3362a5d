using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Reports;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>
/// Scores a report's speed series and too-fast alerts against a simulated session's truth (DESIGN.md section 7):
/// speed error over on-roller time, and too-fast alerts matched to true episodes.
/// </summary>
public static class SpeedEvaluation
{
    /// <summary>
    /// How far around a true episode an alert still counts as that episode's: the rule averages over 1 s, so a
    /// correct alert can lead or lag the truth's own crossing by up to about that much.
    /// </summary>
    public static readonly TimeSpan EpisodeTolerance = TimeSpan.FromSeconds(1.5);

    /// <summary>Scores one session.</summary>
    /// <param name="session">The simulated session with its truth.</param>
    /// <param name="report">The pipeline's report of that session.</param>
    /// <returns>The session's scores.</returns>
    public static SpeedSeedResult Score(SimulatedSession session, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);

        // Speed: every 10 Hz reading taken while someone is truly on the roller.
        var count = 0;
        var absSum = 0.0;
        var sqSum = 0.0;
        foreach (var reading in report.Speed)
        {
            var truth = session.TruthAt(reading.Time);
            if (!truth.OnRoller)
            {
                continue;
            }

            var error = (reading.SpeedMetersPerSecond - truth.SpeedMetersPerSecond) * 100.0;
            count++;
            absSum += Math.Abs(error);
            sqSum += error * error;
        }

        // Too fast: an episode is caught by an alert in [start − tolerance, end + tolerance].
        var episodes = session.Truth.TooFastEpisodes;
        var alerts = report.Alerts.Where(a => a.Kind == AlertKind.TooFast).Select(a => a.Time).ToArray();
        var caught = 0;
        var delays = new List<double>();
        var matched = new bool[alerts.Length];
        foreach (var episode in episodes)
        {
            var first = -1;
            for (var i = 0; i < alerts.Length; i++)
            {
                if (alerts[i] >= episode.Start - EpisodeTolerance && alerts[i] <= episode.End + EpisodeTolerance)
                {
                    matched[i] = true;
                    first = first < 0 ? i : first;
                }
            }

            if (first >= 0)
            {
                caught++;
                delays.Add(Math.Max(0, (alerts[first] - episode.Start).TotalSeconds));
            }
        }

        var scenario = session.Scenario;
        return new SpeedSeedResult(
            scenario.Seed,
            scenario.RollerDiameterMeters,
            scenario.RollerSensor.SampleRateHz,
            scenario.RollerMount,
            count,
            absSum,
            sqSum,
            episodes.Count,
            caught,
            alerts.Length,
            matched.Count(m => m),
            delays);
    }
}
