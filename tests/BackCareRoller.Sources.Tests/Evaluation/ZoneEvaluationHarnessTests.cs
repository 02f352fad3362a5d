using System.Reactive.Linq;
using BackCareRoller.Core.Zones;
using Xunit.Abstractions;

namespace BackCareRoller.Sources.Tests.Evaluation;

/// <summary>Development harness: set ZONES_EVAL=first-last to score a range of generated sessions.</summary>
public sealed class ZoneEvaluationHarnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Harness_EnvironmentRange_PrintsScores()
    {
        var range = Environment.GetEnvironmentVariable("ZONES_EVAL");
        if (string.IsNullOrEmpty(range))
        {
            return;
        }

        var parts = range.Split('-');
        var first = int.Parse(parts[0]);
        var last = int.Parse(parts[1]);
        var results = new List<Sources.Evaluation.ZoneEvaluationResult>();
        for (var seed = first; seed <= last; seed++)
        {
            var scenario = IndependentScenarioGenerator.Generate(seed);
            var result = ZoneEvaluationHarness.Run(scenario);
            results.Add(result);
            File.AppendAllText("/tmp/zones-eval.log", $"seed {seed}: acc {result.ZoneAccuracy:F4} onroll {result.OnRollerZoneAccuracy:F4} lumbar {result.LumbarRecall:F2}/{result.LumbarStays} neck {result.NeckRecall:F2}/{result.NeckStays} false {result.FalseAlerts} zerr {result.MaxZoneTimeErrorPercent:F2} fw {scenario.FirmwareAxis}\n");
        }

        var text = ZoneEvaluationHarness.Describe(Sources.Evaluation.ZoneEvaluationResult.Combine(results));
        File.AppendAllText("/tmp/zones-eval.log", text);
        output.WriteLine(text);
    }
}

public sealed class ZoneEvaluationTraceTests
{
    [Fact]
    public void Trace_EnvironmentSeed_WritesEvents()
    {
        var seedText = Environment.GetEnvironmentVariable("ZONES_TRACE");
        if (string.IsNullOrEmpty(seedText))
        {
            return;
        }

        var scenario = IndependentScenarioGenerator.Generate(int.Parse(seedText));
        var settings = EnvironmentTuning.Apply(new BackCareRoller.Core.Zones.ZoneEstimatorSettings { HeightMeters = scenario.HeightMeters, RollerRadiusMeters = scenario.RollerRadiusMeters });
        var events = scenario.Inputs.ToObservable().ZoneEvents(settings).ToList().Wait();
        var lines = new List<string> { $"H {scenario.HeightMeters:F2} r {scenario.RollerRadiusMeters:F3} fw {scenario.FirmwareAxis}" };
        lines.AddRange(scenario.Notes);
        lines.Add("TRUTH");
        lines.AddRange(scenario.TruthZones.Select(z => $"  {z.Start.TotalSeconds,7:F2}-{z.End.TotalSeconds,7:F2} {z.Zone} {z.Side}"));
        lines.Add("EVENTS");
        lines.AddRange(events.Select(e => $"  {e.Estimate.Time.TotalSeconds,7:F2} {e.Estimate.Move} {e.Estimate.Zone} {e.Estimate.Side} u={e.Estimate.ContactU:F3}±{e.Estimate.ContactUStandardDeviation:F3} c={e.Estimate.Confidence:F2} {e.AlertKind}"));
        File.WriteAllLines("/tmp/zones-trace.log", lines);
    }
}
