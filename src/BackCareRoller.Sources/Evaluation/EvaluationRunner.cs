using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Summary;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Sources.Evaluation;

/// <summary>
/// Runs simulated sessions through the same analysis as <c>analyze</c> and scores them against their truth. Seeds
/// from 1000 up are held out: nothing is tuned on them.
/// </summary>
public static class EvaluationRunner
{
    /// <summary>Simulates and analyses one seed.</summary>
    /// <param name="seed">The simulator seed; every other scenario parameter is drawn from it.</param>
    /// <returns>The session (with its truth) and the pipeline's report of it.</returns>
    public static (SimulatedSession Session, SessionReport Report) Run(int seed)
    {
        var session = SessionSimulator.Create(new SimulationOptions { Seed = seed });
        var settings = RecordingAnalysisSettings.For(session.Metadata, AnalysisSettings.Default);
        var report = SessionAnalyzer.Analyze(session.Samples, settings, SummarySettings.Default, ZoneConfidence.None);
        return (session, report);
    }

    /// <summary>Simulates, analyses and scores every seed, on all cores.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <returns>Per-seed speed results, in seed order.</returns>
    public static IReadOnlyList<SpeedSeedResult> Speed(IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var results = new SpeedSeedResult[seeds.Count];
        Parallel.For(0, seeds.Count, i =>
        {
            var (session, report) = Run(seeds[i]);
            results[i] = SpeedEvaluation.Score(session, report);
        });
        return results;
    }
}
