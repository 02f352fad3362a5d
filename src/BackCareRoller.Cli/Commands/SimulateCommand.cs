using System.CommandLine;
using System.Globalization;
using System.Text;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Zones;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Sources.Simulation;

namespace BackCareRoller.Cli.Commands;

/// <summary>`backcare simulate`: write a simulated session as a recording CSV, and optionally its ground truth as JSON.</summary>
internal static class SimulateCommand
{
    private const int StreamBufferBytes = 64 * 1024;

    public static Command Create(CliConsole console)
    {
        var seed = new Option<int>("--seed") { Description = "Seed of every random draw; the same seed gives the same session.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The recording CSV to write (backcare-recording/1).", Required = true, HelpName = "file.csv" };
        var truth = new Option<string?>("--truth") { Description = "Also write the ground truth as JSON (backcare-simulation-truth/1).", HelpName = "truth.json" };
        var minutes = new Option<double?>("--minutes") { Description = "Session length in minutes (0.5-240); default: one routine of four moves, about 6-8 minutes." };
        var height = new Option<double?>("--height-cm") { Description = "Standing height in cm (140-210); default: drawn from 150-200." };
        var diameter = new Option<double?>("--roller-diameter-cm") { Description = "Roller diameter in cm (8-25); default: drawn from 10-18." };
        var rate = new Option<double?>("--rate") { Description = "Sample rate of both sensors in Hz (20-1000); default: drawn from 25-400.", HelpName = "hz" };
        var mount = new Option<string?>("--mount") { Description = "How the roller sensor is mounted; default: drawn." };
        mount.AcceptOnlyFromAmong(RollerMountNames.FirmwareAxis, RollerMountNames.UnknownMount);
        var noBody = new Option<bool>("--no-body-sensor") { Description = "Simulate the roller sensor only (no hip sensor)." };
        var mistakes = new Option<string>("--mistakes") { Description = "How many mistakes the person makes.", DefaultValueFactory = _ => "default" };
        mistakes.AcceptOnlyFromAmong("none", "default", "many");

        var command = new Command("simulate", "Simulate a person rolling the routine and write the sensor recording (and its ground truth).");
        foreach (var option in new Option[] { seed, output, truth, minutes, height, diameter, rate, mount, noBody, mistakes })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            // Check the length before making a TimeSpan of it, which cannot hold NaN or huge values.
            if (parsed.GetValue(minutes) is { } m && !(m >= SimulationOptions.MinMinutes && m <= SimulationOptions.MaxMinutes))
            {
                console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"simulate: --minutes {m} is outside {SimulationOptions.MinMinutes}-{SimulationOptions.MaxMinutes} minutes."));
                return 1;
            }

            var options = new SimulationOptions
            {
                Seed = parsed.GetValue(seed),
                Duration = parsed.GetValue(minutes) is { } length ? TimeSpan.FromMinutes(length) : null,
                HeightMeters = parsed.GetValue(height) / 100,
                RollerDiameterMeters = parsed.GetValue(diameter) / 100,
                SampleRateHz = parsed.GetValue(rate),
                Mount = parsed.GetValue(mount) is { } name && RollerMountNames.TryParse(name, out var parsedMount) ? parsedMount : null,
                BodySensor = !parsed.GetValue(noBody),
                Mistakes = parsed.GetValue(mistakes) switch
                {
                    "none" => SimulationMistakes.None,
                    "many" => SimulationMistakes.Many,
                    _ => SimulationMistakes.Default,
                },
            };
            return Run(console, options, parsed.GetValue(output)!, parsed.GetValue(truth));
        });
        return command;
    }

    private static int Run(CliConsole console, SimulationOptions options, string outputPath, string? truthPath)
    {
        if (!options.TryValidate(out var problem))
        {
            console.Error.WriteLine($"simulate: {problem}.");
            return 1;
        }

        var session = SessionSimulator.Create(options);
        long written;
        try
        {
            written = WriteRecording(session, outputPath);
            if (truthPath is not null)
            {
                using var stream = new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.None, StreamBufferBytes);
                SimulationTruthJson.Write(session.Truth, stream);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"simulate: cannot write the output: {error.Message}");
            return 1;
        }

        Describe(console.Out, session, written, outputPath, truthPath);
        return 0;
    }

    private static long WriteRecording(SimulatedSession session, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, StreamBufferBytes);
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), StreamBufferBytes);
        var writer = new RecordingWriter(text, session.Metadata);
        writer.WriteAll(session.Samples);
        return writer.SamplesWritten;
    }

    private static void Describe(TextWriter output, SimulatedSession session, long samples, string outputPath, string? truthPath)
    {
        var s = session.Scenario;
        var body = s.BodySensor is { } b ? string.Create(CultureInfo.InvariantCulture, $"body sensor {b.SampleRateHz:0} Hz") : "no body sensor";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Simulated {session.Duration.TotalMinutes:0.0} min (seed {s.Seed}, mistakes {SimulationTruthJson.Name(s.Mistakes)}): height {s.HeightMeters * 100:0} cm, roller {s.RollerDiameterMeters * 100:0.0} cm, {RollerMountNames.ToName(s.RollerMount)} {s.RollerSensor.SampleRateHz:0} Hz, {body}."));
        output.WriteLine($"Wrote {samples} samples to {outputPath}.");
        if (truthPath is null)
        {
            return;
        }

        var truth = session.Truth;
        var lumbar = truth.ZoneStays.Count(z => z.Zone == BodyZone.Lumbar && z.AlertDue);
        var neck = truth.ZoneStays.Count(z => z.Zone == BodyZone.Neck && z.AlertDue);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote the truth to {truthPath}: {truth.Moves.Count} bouts, {truth.TooFastEpisodes.Count} too-fast episodes, {lumbar} lumbar and {neck} neck stays, {truth.Slips.Count} slips, {truth.RollerHandlings.Count} roller nudges or lifts."));
    }
}
