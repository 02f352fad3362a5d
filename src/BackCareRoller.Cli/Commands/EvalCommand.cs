using System.CommandLine;
using System.Globalization;
using System.Text.Json;
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

            var results = EvaluationRunner.Speed(list);
            var groups = Breakdown(results);
            if (parsed.GetValue(json))
            {
                WriteJson(console.Out, groups);
            }
            else
            {
                WriteTable(console.Out, groups, list);
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

    private static void WriteJson(TextWriter output, List<(string Group, SpeedScores Scores)> groups)
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
            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
