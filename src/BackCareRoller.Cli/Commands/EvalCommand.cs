using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BackCareRoller.Core.Zones;
using BackCareRoller.Sources.Evaluation;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// `backcare eval --seeds 1000-1049 [--json]`: simulates sessions the pipeline was never tuned on, analyses them
/// exactly as `analyze` does, and prints speed and too-fast scores with breakdowns (issue 3 section 5).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var seeds = new Option<string>("--seeds")
        {
            Description = "Seeds to simulate: a range FROM-TO and/or a comma list (held-out seeds are 1000 and up).",
            DefaultValueFactory = _ => "1000-1049",
            HelpName = "FROM-TO",
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON instead of a table." };
        var command = new Command("eval", "Score the pipeline on simulated sessions with known truth: speed error, too-fast precision/recall.");
        command.Options.Add(seeds);
        command.Options.Add(json);
        command.SetAction(parsed =>
        {
            if (!SeedList.TryParse(parsed.GetValue(seeds)!, out var list, out var problem))
            {
                console.Error.WriteLine($"backcare: --seeds: {problem}");
                return 2;
            }

            var (results, zoneResults) = EvaluationRunner.Evaluate(list);
            var groups = Breakdown(results);
            var zones = zoneResults.Count > 0 ? ZoneEvaluationResult.Combine(zoneResults) : null;
            if (parsed.GetValue(json))
            {
                WriteJson(console.Out, groups, zones);
            }
            else
            {
                WriteTable(console.Out, groups, list);
                if (zones is not null)
                {
                    WriteZones(console.Out, zones);
                }
            }

            return 0;
        });
        return command;
    }

    private static List<(string Group, SpeedScores Scores)> Breakdown(IReadOnlyList<SpeedSeedResult> results)
    {
        var groups = new List<(string, SpeedScores)> { ("all", SpeedScores.Pool([.. results])) };
        foreach (var group in results.GroupBy(r => DiameterBin(r.RollerDiameterMeters)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            groups.Add(("diameter " + group.Key, SpeedScores.Pool([.. group])));
        }

        foreach (var group in results.GroupBy(r => RateBin(r.SampleRateHz)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            groups.Add(("rate " + group.Key, SpeedScores.Pool([.. group])));
        }

        foreach (var group in results.GroupBy(r => r.Mount).OrderBy(g => g.Key))
        {
            groups.Add(("mount " + (group.Key == Core.Samples.RollerMount.FirmwareAxis ? "firmware_axis" : "unknown_mount"), SpeedScores.Pool([.. group])));
        }

        return groups;
    }

    private static string DiameterBin(double meters)
    {
        var cm = meters * 100;
        return cm < 12 ? "10-12 cm" : cm < 14 ? "12-14 cm" : cm < 16 ? "14-16 cm" : "16-18 cm";
    }

    private static string RateBin(double hz) =>
        hz < 50 ? "025-049 Hz" : hz < 100 ? "050-099 Hz" : hz < 200 ? "100-199 Hz" : "200-400 Hz";

    private static void WriteTable(TextWriter output, List<(string Group, SpeedScores Scores)> groups, IReadOnlyList<int> seeds)
    {
        output.WriteLine(Invariant($"Speed and too-fast on {seeds.Count} simulated sessions (seeds {seeds[0]}..{seeds[^1]}); targets: MAE <= 0.05 cm/s, F1 >= 0.98"));
        output.WriteLine();
        output.WriteLine("group                  n   MAE cm/s  RMSE cm/s  precision  recall    F1   delay p50  p90 s");
        foreach (var (group, s) in groups)
        {
            output.WriteLine(Invariant($"{group,-20} {s.Sessions,3}  {s.MaeCentimetersPerSecond,9:0.000}  {s.RmseCentimetersPerSecond,9:0.000}  {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,5:0.000}  {s.MedianDelaySeconds,9:0.00}  {s.P90DelaySeconds,5:0.00}"));
        }
    }

    private static void WriteZones(TextWriter output, ZoneEvaluationResult r)
    {
        output.WriteLine();
        output.WriteLine(Invariant($"Zones on the {r.Sessions} sessions with a hip sensor ({r.OnRollerSeconds / 60:0.0} min on the roller); targets: accuracy >= 0.98, lumbar recall >= 0.99, median delay <= 0.3 s, <= 0.3 false alerts/10 min, per-zone time error <= 2 %"));
        output.WriteLine(Invariant($"  zone accuracy {r.ZoneAccuracy:0.0000} (on the roller {r.OnRollerZoneAccuracy:0.0000}, with side {r.ZoneAndSideAccuracy:0.0000})"));
        output.WriteLine(Invariant($"  lumbar recall {r.LumbarRecall:0.000} of {r.LumbarStays}, neck recall {r.NeckRecall:0.000} of {r.NeckStays}; delay median {r.MedianDelaySeconds:0.00} s, p90 {r.P90DelaySeconds:0.00} s"));
        output.WriteLine(Invariant($"  false zone alerts {r.FalseAlerts} = {r.FalseAlertsPer10Minutes:0.00} per 10 min of rolling; worst per-zone time error {r.MaxZoneTimeErrorPercent:0.00} %"));
        output.WriteLine();
        output.Write("  truth \\ estimate (s) ");
        for (var e = 0; e < ZoneEvaluationResult.ZoneCount; e++)
        {
            output.Write(Invariant($"{SessionsText.Zone((BodyZone)e),12}"));
        }

        output.WriteLine("   error %");
        for (var t = 0; t < ZoneEvaluationResult.ZoneCount; t++)
        {
            var zone = (BodyZone)t;
            output.Write(Invariant($"  {SessionsText.Zone(zone),-20}"));
            for (var e = 0; e < ZoneEvaluationResult.ZoneCount; e++)
            {
                output.Write(Invariant($"{r.ConfusionSeconds(zone, (BodyZone)e),12:0}"));
            }

            output.WriteLine(Invariant($"{r.ZoneTimeErrorPercent(zone),10:0.00}"));
        }
    }

    private static void WriteJson(TextWriter output, List<(string Group, SpeedScores Scores)> groups, ZoneEvaluationResult? zones)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("speed");
            foreach (var (group, s) in groups)
            {
                writer.WriteStartObject(group);
                writer.WriteNumber("sessions", s.Sessions);
                writer.WriteNumber("mae_cm_per_s", Math.Round(s.MaeCentimetersPerSecond, 4));
                writer.WriteNumber("rmse_cm_per_s", Math.Round(s.RmseCentimetersPerSecond, 4));
                writer.WriteNumber("too_fast_precision", Math.Round(s.Precision, 4));
                writer.WriteNumber("too_fast_recall", Math.Round(s.Recall, 4));
                writer.WriteNumber("too_fast_f1", Math.Round(s.F1, 4));
                writer.WriteNumber("too_fast_delay_median_s", Math.Round(s.MedianDelaySeconds, 3));
                writer.WriteNumber("too_fast_delay_p90_s", Math.Round(s.P90DelaySeconds, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            if (zones is not null)
            {
                writer.WriteStartObject("zones");
                writer.WriteNumber("sessions", zones.Sessions);
                writer.WriteNumber("zone_accuracy", Math.Round(zones.ZoneAccuracy, 4));
                writer.WriteNumber("on_roller_zone_accuracy", Math.Round(zones.OnRollerZoneAccuracy, 4));
                writer.WriteNumber("lumbar_recall", Math.Round(zones.LumbarRecall, 4));
                writer.WriteNumber("neck_recall", Math.Round(zones.NeckRecall, 4));
                writer.WriteNumber("delay_median_s", Math.Round(zones.MedianDelaySeconds, 3));
                writer.WriteNumber("delay_p90_s", Math.Round(zones.P90DelaySeconds, 3));
                writer.WriteNumber("false_alerts_per_10_min", Math.Round(zones.FalseAlertsPer10Minutes, 3));
                writer.WriteNumber("max_zone_time_error_percent", Math.Round(zones.MaxZoneTimeErrorPercent, 3));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
