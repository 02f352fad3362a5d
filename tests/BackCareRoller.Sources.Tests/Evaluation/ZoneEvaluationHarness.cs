using System.Globalization;
using System.Reactive.Linq;
using System.Text;
using BackCareRoller.Core.Alerts;
using BackCareRoller.Core.Summary;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Evaluation;

namespace BackCareRoller.Sources.Tests.Evaluation;

/// <summary>Runs the zone estimator over generated sessions and scores it.</summary>
internal static class ZoneEvaluationHarness
{
    public static ZoneEvaluationResult Run(IndependentScenario scenario, Func<ZoneEstimatorSettings, ZoneEstimatorSettings>? tune = null)
    {
        var settings = new ZoneEstimatorSettings
        {
            HeightMeters = scenario.HeightMeters,
            RollerRadiusMeters = scenario.RollerRadiusMeters,
            GuidedMove = scenario.GuidedMove,
        };
        settings = tune?.Invoke(settings) ?? settings;
        settings = EnvironmentTuning.Apply(settings);
        var events = scenario.Inputs.ToObservable().ZoneEvents(settings).ToList().Wait();
        var changes = events.Where(e => e.IsChange).Select(e => e.Estimate).ToList();
        var alerts = events.Where(e => e.AlertKind is not null).Select(e => new Alert(e.Estimate.Time, e.AlertKind!.Value)).ToList();
        return ZoneEvaluation.Evaluate(new ZoneEvaluationInput
        {
            TruthZones = scenario.TruthZones,
            TruthStays = scenario.TruthStays,
            EstimatedZones = ZoneTimelineBuilder.Build(changes.Select(c => c.ToZoneUpdate()), scenario.Duration),
            Alerts = alerts,
            Duration = scenario.Duration,
        });
    }

    public static string Describe(ZoneEvaluationResult r)
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"sessions {r.Sessions}  on-roller {r.OnRollerSeconds / 60:F1} min");
        s.AppendLine(CultureInfo.InvariantCulture, $"zone accuracy {r.ZoneAccuracy:F4}  on-roller {r.OnRollerZoneAccuracy:F4}  with side {r.ZoneAndSideAccuracy:F4}");
        s.AppendLine(CultureInfo.InvariantCulture, $"lumbar recall {r.LumbarRecall:F3} ({r.LumbarStays})  neck recall {r.NeckRecall:F3} ({r.NeckStays})  median delay {r.MedianDelaySeconds:F2} s  p90 {r.P90DelaySeconds:F2} s");
        s.AppendLine(CultureInfo.InvariantCulture, $"false alerts {r.FalseAlerts}  per 10 min {r.FalseAlertsPer10Minutes:F2}  max zone time error {r.MaxZoneTimeErrorPercent:F2} %");
        for (var z = 0; z < ZoneEvaluationResult.ZoneCount; z++)
        {
            var zone = (BodyZone)z;
            s.Append(CultureInfo.InvariantCulture, $"{zone,-11} err {r.ZoneTimeErrorPercent(zone),5:F2}% |");
            for (var e = 0; e < ZoneEvaluationResult.ZoneCount; e++)
            {
                s.Append(CultureInfo.InvariantCulture, $" {r.ConfusionSeconds(zone, (BodyZone)e),7:F0}");
            }

            s.AppendLine();
        }

        return s.ToString();
    }
}
