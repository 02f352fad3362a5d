using System.CommandLine;
using System.Globalization;
using BackCareRoller.Charts;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Cli.Commands;

/// <summary>`backcare report &lt;id&gt; --out report.html|.png`: a one-page visual report of a stored session.</summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var id = new Argument<long>("id") { Description = "The session's id (first column of `backcare sessions list`)." };
        var output = new Option<string>("--out")
        {
            Description = "The file to write: .html for a self-contained page, .png for one image.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("report", "Write a one-page visual report of a session: zone timeline, speed, time per muscle.");
        command.Arguments.Add(id);
        command.Options.Add(output);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var file = parsed.GetValue(output)!;
            var extension = Path.GetExtension(file).ToUpperInvariant();
            if (extension is not (".HTML" or ".HTM" or ".PNG"))
            {
                await console.Error.WriteLineAsync($"backcare: --out '{file}' must end in .html or .png.").ConfigureAwait(false);
                return 1;
            }

            var path = SessionsDatabase.Resolve(parsed.GetValue(db));
            using var store = await SessionsDatabase.OpenExistingAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return 1;
            }

            var sessionId = parsed.GetValue(id);
            var session = await store.GetAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                return await SessionsDatabase.NoSuchSessionAsync(console, sessionId, path).ConfigureAwait(false);
            }

            var heading = Heading(session);
            try
            {
                if (extension == ".PNG")
                {
                    await File.WriteAllBytesAsync(file, SessionReportCharts.PagePng(session.Report, heading.Title), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await using var writer = new StreamWriter(file, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                    HtmlReport.Write(writer, session.Report, heading);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"backcare: cannot write '{file}': {exception.Message}").ConfigureAwait(false);
                return 1;
            }

            await console.Out.WriteLineAsync($"Wrote the report of session {sessionId} to {file}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static ReportHeading Heading(StoredSession session)
    {
        var listing = session.Listing;
        var facts = new List<KeyValuePair<string, string>>
        {
            new("Started", SessionsText.Utc(listing.StartedAt)),
            new("Duration", SessionsText.Duration(TimeSpan.FromSeconds(session.Report.DurationSeconds)) + " (min:s)"),
            new("Status", SessionsText.Status(listing.Status)),
            new("Devices", SessionsText.Devices(listing.Devices)),
            new("Height", SessionsText.Centimetres(listing.Setup.HeightCm)),
            new("Roller diameter", SessionsText.Centimetres(listing.Setup.RollerDiameterCm)),
            new("Alerts", listing.AlertCount.ToString(CultureInfo.InvariantCulture)),
        };
        if (listing.Source is { } source)
        {
            facts.Add(new("Recording", source));
        }

        return new ReportHeading($"Session {listing.Id}, {SessionsText.Utc(listing.StartedAt)}", facts);
    }
}
