using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
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
        var confidence = RecordingAnalysisSettings.ZoneConfidenceFor(session.Scenario.HasBodySensor ? 1 : 0, RoutineMove.None);
        var report = SessionAnalyzer.Analyze(session.Samples, settings, SummarySettings.Default, confidence);
        return (session, report);
    }

    /// <summary>Simulates, analyses and scores every seed, on all cores.</summary>
    /// <param name="seeds">The seeds.</param>
    /// <returns>Per-seed speed results and per-seed zone results (sessions with a body sensor), in seed order.</returns>
    public static (IReadOnlyList<SpeedSeedResult> Speed, IReadOnlyList<ZoneEvaluationResult> Zones) Evaluate(IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var speed = new SpeedSeedResult[seeds.Count];
        var zones = new ZoneEvaluationResult?[seeds.Count];
        Parallel.For(0, seeds.Count, i =>
        {
            var (session, report) = Run(seeds[i]);
            speed[i] = SpeedEvaluation.Score(session, report);
            if (session.Scenario.HasBodySensor)
            {
                zones[i] = ScoreZones(session, report);
            }
        });
        return (speed, [.. zones.OfType<ZoneEvaluationResult>()]);
    }

    /// <summary>Scores a report's zone timeline and lumbar/neck alerts against the session's truth.</summary>
    /// <param name="session">The simulated session.</param>
    /// <param name="report">The pipeline's report of it.</param>
    /// <returns>The zone scores.</returns>
    public static ZoneEvaluationResult ScoreZones(SimulatedSession session, SessionReport report)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(report);
        var truth = session.Truth;
        return ZoneEvaluation.Evaluate(new ZoneEvaluationInput
        {
            TruthZones = truth.Zones,
            TruthStays = [.. truth.ZoneStays.Where(s => s.AlertDue).Select(s => new ForbiddenStay(s.Entry, s.Exit, s.Zone == BodyZone.Neck ? AlertKind.Neck : AlertKind.Lumbar))],
            EstimatedZones = report.Zones,
            Alerts = [.. report.Alerts.Where(a => a.Kind is AlertKind.Lumbar or AlertKind.Neck)],
            Duration = session.Duration,
        });
    }
}
