using System.CommandLine;
using BackCareRoller.Core.Pipeline;
using BackCareRoller.Core.Reports;
using BackCareRoller.Core.Samples;
using BackCareRoller.Core.Summary;
using BackCareRoller.Formats.Recordings;
using BackCareRoller.Formats.Reports;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// `backcare analyze &lt;recording.csv&gt;`: runs a recording through the live pipeline on virtual time and prints the
/// session report (DESIGN.md section 6) as JSON or as a short text summary; `--save` stores it as a session.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var recording = new Argument<FileInfo>("recording") { Description = "A recording CSV (backcare-recording/1, DESIGN.md section 5)." };
        var format = new Option<string>("--format") { Description = "json (the report contract) or text (a short summary).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var height = new Option<double?>("--height-cm") { Description = "Standing height in cm (overrides the recording's height_cm).", HelpName = "CM" };
        var diameter = new Option<double?>("--roller-diameter-cm") { Description = "Roller diameter in cm (overrides roller_diameter_cm; default 15).", HelpName = "CM" };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad rows and report how many and which kinds, instead of stopping at the first." };
        var save = new Option<bool>("--save") { Description = "Store the analysed recording as a session in the database." };
        var keepRaw = new Option<bool>("--keep-raw") { Description = "With --save, also store the raw samples." };
        var db = SessionsDatabase.CreateOption();

        var command = new Command("analyze", "Analyse a recording: traverse speed, too-fast, lower-back and neck alerts, time per muscle.");
        command.Arguments.Add(recording);
        command.Options.Add(format);
        command.Options.Add(height);
        command.Options.Add(diameter);
        command.Options.Add(lenient);
        command.Options.Add(save);
        command.Options.Add(keepRaw);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = parsed.GetValue(recording)!;
            var request = new AnalyzeRequest(
                file,
                parsed.GetValue(height),
                parsed.GetValue(diameter),
                parsed.GetValue(lenient) ? RecordingReadMode.Lenient : RecordingReadMode.Strict);
            var outcome = await RunAsync(request, console).ConfigureAwait(false);
            if (outcome is null)
            {
                return 2;
            }

            if (parsed.GetValue(save))
            {
                var saved = await SaveAsync(outcome, parsed.GetValue(db), parsed.GetValue(keepRaw), console, cancellationToken).ConfigureAwait(false);
                if (!saved)
                {
                    return 1;
                }
            }

            if (parsed.GetValue(format) == "text")
            {
                AnalyzeText.Write(console.Out, file.Name, outcome.Report, outcome.Statistics);
            }
            else
            {
                await console.Out.WriteLineAsync(ReportJson.Serialize(outcome.Report)).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static async Task<AnalyzeOutcome?> RunAsync(AnalyzeRequest request, CliConsole console)
    {
        if (request.HeightCm is { } h && (h is < 100 or > 230 || !double.IsFinite(h)))
        {
            await console.Error.WriteLineAsync($"backcare: --height-cm {h} is outside 100-230 cm.").ConfigureAwait(false);
            return null;
        }

        if (request.RollerDiameterCm is { } d && (d is < 5 or > 30 || !double.IsFinite(d)))
        {
            await console.Error.WriteLineAsync($"backcare: --roller-diameter-cm {d} is outside 5-30 cm.").ConfigureAwait(false);
            return null;
        }

        if (!request.File.Exists)
        {
            await console.Error.WriteLineAsync($"backcare: no recording at '{request.File.FullName}'.").ConfigureAwait(false);
            return null;
        }

        try
        {
            using var reader = RecordingReader.Open(request.File.FullName, request.Mode);
            var metadata = reader.Metadata;
            var diameterMeters = request.RollerDiameterCm / 100.0 ?? metadata.RollerDiameterMeters;
            var mount = metadata.RollerMount ?? RollerMount.FirmwareAxis;
            var settings = RecordingAnalysisSettings.For(metadata, AnalysisSettings.Default, request.RollerDiameterCm / 100.0);
            var profile = new SessionProfile
            {
                HeightMeters = request.HeightCm / 100.0 ?? metadata.HeightMeters,
                RollerDiameterMeters = diameterMeters ?? settings.Motion.RollerRadiusMeters * 2,
                Mount = mount,
            };

            var builder = new SessionReportBuilder(SummarySettings.Default);
            var end = SessionReplay.Run(reader.ReadSamples(), settings, builder.Add);
            var statistics = reader.Statistics;
            var input = new InputStats
            {
                SamplesPerSensor = new Dictionary<SensorRole, long>
                {
                    [SensorRole.Roller] = statistics.RollerSamples,
                    [SensorRole.Body] = statistics.BodySamples,
                },
                SkippedRows = statistics.SkippedLines,
            };
            if (statistics.Samples == 0)
            {
                await console.Error.WriteLineAsync($"backcare: '{request.File.Name}' holds no samples.").ConfigureAwait(false);
                return null;
            }

            var report = builder.Build(end, ZoneConfidence.None, profile, input);
            return new AnalyzeOutcome(request, report, statistics, metadata);
        }
        catch (RecordingFormatException exception)
        {
            await console.Error.WriteLineAsync($"backcare: {exception.Message}").ConfigureAwait(false);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"backcare: cannot read '{request.File.FullName}': {exception.Message}").ConfigureAwait(false);
            return null;
        }
    }

    private static async Task<bool> SaveAsync(AnalyzeOutcome outcome, string? dbOption, bool keepRaw, CliConsole console, CancellationToken cancellationToken)
    {
        var path = SessionsDatabase.Resolve(dbOption);
        using var store = await SessionsDatabase.OpenAsync(path, console, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return false;
        }

        // A recording carries no absolute time: the session ends when the file was last written.
        var endedAt = new DateTimeOffset(File.GetLastWriteTimeUtc(outcome.Request.File.FullName), TimeSpan.Zero);
        var profile = outcome.Report.Profile;
        var record = new SessionRecord
        {
            StartedAt = endedAt - TimeSpan.FromSeconds(outcome.Report.DurationSeconds),
            Devices = outcome.Statistics.BodySamples > 0 ? ["roller", "body"] : ["roller"],
            Setup = new SessionSetup(profile?.HeightMeters * 100.0, profile?.RollerDiameterMeters * 100.0),
            Source = "recording:" + outcome.Request.File.Name,
        };
        ImuSample[] raw = [];
        if (keepRaw)
        {
            using var reader = RecordingReader.Open(outcome.Request.File.FullName, outcome.Request.Mode);
            raw = [.. reader.ReadSamples()];
        }

        var id = await store.SaveCompletedAsync(record, outcome.Report, raw, cancellationToken).ConfigureAwait(false);
        await console.Error.WriteLineAsync($"Saved as session {id} in '{path}'.").ConfigureAwait(false);
        return true;
    }

    private sealed record AnalyzeRequest(FileInfo File, double? HeightCm, double? RollerDiameterCm, RecordingReadMode Mode);

    private sealed record AnalyzeOutcome(AnalyzeRequest Request, SessionReport Report, RecordingReadStatistics Statistics, RecordingMetadata Metadata);
}
