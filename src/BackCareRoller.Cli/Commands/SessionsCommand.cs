using System.CommandLine;
using System.Globalization;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Storage;
using BackCareRoller.Storage.Json;
using BackCareRoller.Storage.Sessions;

namespace BackCareRoller.Cli.Commands;

/// <summary>`backcare sessions list|show|delete|export`: the stored sessions.</summary>
internal static class SessionsCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("sessions", "List, show, delete or export stored sessions.");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Show(console));
        command.Subcommands.Add(Delete(console));
        command.Subcommands.Add(Export(console));
        return command;
    }

    private static Argument<long> IdArgument() => new("id") { Description = "The session's id (first column of `backcare sessions list`)." };

    private static Command List(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var command = new Command("list", "List the stored sessions, oldest first, one per line starting with its id.");
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = SessionsDatabase.Resolve(parsed.GetValue(db));
            if (!File.Exists(path))
            {
                await console.Out.WriteLineAsync($"No sessions saved yet (no database at '{path}').").ConfigureAwait(false);
                return 0;
            }

            using var store = await SessionsDatabase.OpenAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return 1;
            }

            var sessions = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            if (sessions.Count == 0)
            {
                await console.Out.WriteLineAsync($"No sessions saved yet in '{path}'.").ConfigureAwait(false);
            }

            foreach (var session in sessions)
            {
                var alerts = session.AlertCount == 1 ? "1 alert" : $"{session.AlertCount} alerts";
                await console.Out.WriteLineAsync(
                    $"{session.Id,4}  {SessionsText.Utc(session.StartedAt)}  {SessionsText.Status(session.Status),-11}  " +
                    $"{SessionsText.Duration(session.Duration),6}  {alerts,-9}  {SessionsText.Devices(session.Devices)}").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command Show(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var id = IdArgument();
        var command = new Command("show", "Show one session: when, devices, profile, minutes per zone and its alerts.");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
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

            await WriteDetailsAsync(console.Out, session).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static async Task WriteDetailsAsync(TextWriter output, StoredSession session)
    {
        var listing = session.Listing;
        var report = session.Report;
        var lines = new List<string>
        {
            $"Session {listing.Id} ({SessionsText.Status(listing.Status)})",
            $"  started    {SessionsText.UtcSeconds(listing.StartedAt)}",
            $"  ended      {(listing.EndedAt is { } ended ? SessionsText.UtcSeconds(ended) : "-")}",
            $"  duration   {SessionsText.Duration(TimeSpan.FromSeconds(report.DurationSeconds))}",
            $"  devices    {SessionsText.Devices(listing.Devices)}",
            $"  height     {SessionsText.Centimetres(listing.Setup.HeightCm)}",
            $"  roller     {SessionsText.Centimetres(listing.Setup.RollerDiameterCm)} diameter",
        };
        if (listing.Source is { } source)
        {
            lines.Add($"  source     {source}");
        }

        lines.Add(string.Empty);
        lines.Add("Minutes per zone:");
        foreach (var (zone, seconds) in report.Summary.PerZoneSeconds.OrderBy(pair => pair.Key))
        {
            var sides = report.Summary.PerZoneSideSeconds.TryGetValue(zone, out var perSide) && perSide.Count > 0
                ? "  (" + string.Join(", ", perSide.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{SessionsText.Side(p.Key)} {p.Value / 60.0:0.0}"))) + ")"
                : string.Empty;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {SessionsText.Zone(zone),-12} {seconds / 60.0,5:0.0}{sides}"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Too fast for {report.Summary.TooFastSeconds:0.#} s."));
        lines.Add(string.Empty);
        var checkIns = report.CheckIns ?? SessionCheckIns.None;
        lines.Add($"Check-in before: {(checkIns.Before is { } before ? CheckInText.Describe(before) : "-")}");
        lines.Add($"Check-in after:  {(checkIns.After is { } after ? CheckInText.Describe(after) : "-")}");
        lines.Add(string.Empty);
        lines.Add(report.Alerts.Count == 0 ? "No alerts." : $"Alerts ({report.Alerts.Count}):");
        foreach (var alert in report.Alerts)
        {
            lines.Add($"  {SessionsText.Duration(alert.Time),6}  {SessionsText.Alert(alert.Kind),-8}  {alert.Message}");
        }

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    private static Command Delete(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var id = IdArgument();
        var command = new Command("delete", "Delete one session and everything stored with it.");
        command.Arguments.Add(id);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = SessionsDatabase.Resolve(parsed.GetValue(db));
            using var store = await SessionsDatabase.OpenExistingAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return 1;
            }

            var sessionId = parsed.GetValue(id);
            bool deleted;
            try
            {
                deleted = await store.DeleteAsync(sessionId, cancellationToken).ConfigureAwait(false);
            }
            catch (SessionStoreException exception)
            {
                await console.Error.WriteLineAsync($"backcare: {exception.Message}").ConfigureAwait(false);
                return 1;
            }

            if (!deleted)
            {
                return await SessionsDatabase.NoSuchSessionAsync(console, sessionId, path).ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync($"Deleted session {sessionId}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static Command Export(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var id = new Argument<long?>("id")
        {
            Description = "The session's id (first column of `backcare sessions list`); leave out with --all.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var all = new Option<bool>("--all")
        {
            Description = "Every session, one CSV row each: date, duration, seconds per zone, alerts, pain before/after, red flags.",
        };
        var format = new Option<string>("--format")
        {
            Description = "json: the report contract (backcare-report/1); csv: the same report as one flat table (with --all: one row per session, the default).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var offset = new Option<string?>("--utc-offset")
        {
            Description = "With --all: your local time's offset from UTC for the date and time columns, e.g. +02:00 (default: this computer's current offset).",
            HelpName = "±HH:MM",
        };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", "Export one session's report as JSON or CSV, or every session as one CSV table (--all).");
        command.Arguments.Add(id);
        command.Options.Add(all);
        command.Options.Add(format);
        command.Options.Add(offset);
        command.Options.Add(output);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var sessionId = parsed.GetValue(id);
            if (parsed.GetValue(all))
            {
                if (sessionId is not null)
                {
                    await console.Error.WriteLineAsync("backcare: give a session id or --all, not both.").ConfigureAwait(false);
                    return 1;
                }

                if (parsed.GetResult(format) is { Implicit: false } && parsed.GetValue(format) == "json")
                {
                    await console.Error.WriteLineAsync("backcare: --all exports one CSV table (--format csv); export sessions as JSON one id at a time.").ConfigureAwait(false);
                    return 1;
                }

                return await ExportAllAsync(console, parsed.GetValue(db), parsed.GetValue(offset), parsed.GetValue(output), cancellationToken).ConfigureAwait(false);
            }

            if (sessionId is not { } oneId)
            {
                await console.Error.WriteLineAsync("backcare: give a session id (see: backcare sessions list), or --all for every session.").ConfigureAwait(false);
                return 1;
            }

            var path = SessionsDatabase.Resolve(parsed.GetValue(db));
            using var store = await SessionsDatabase.OpenExistingAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return 1;
            }

            var session = await store.GetAsync(oneId, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                return await SessionsDatabase.NoSuchSessionAsync(console, oneId, path).ConfigureAwait(false);
            }

            using var text = new StringWriter(CultureInfo.InvariantCulture);
            if (parsed.GetValue(format) == "csv")
            {
                SessionsCsvExport.Write(text, session.Report);
            }
            else
            {
                // The same seam that writes the stored report document: the report JSON contract.
                await text.WriteAsync(StoredReportJson.Write(session.Report)).ConfigureAwait(false);
                await text.WriteLineAsync().ConfigureAwait(false);
            }

            return await WriteOutputAsync(console, parsed.GetValue(output), text.ToString(), byteOrderMark: false, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ExportAllAsync(CliConsole console, string? db, string? offsetText, string? file, CancellationToken cancellationToken)
    {
        if (!HistoryCommand.TryParseOffset(offsetText, console.Time.GetUtcNow(), out var utcOffset))
        {
            await console.Error.WriteLineAsync($"backcare: --utc-offset '{offsetText}' is not an offset like +02:00 or -05:30 (between -14:00 and +14:00).").ConfigureAwait(false);
            return 1;
        }

        var path = SessionsDatabase.Resolve(db);
        using var store = await SessionsDatabase.OpenExistingAsync(path, console, cancellationToken).ConfigureAwait(false);
        if (store is null)
        {
            return 1;
        }

        var sessions = new List<StoredSession>();
        foreach (var listing in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            // A session deleted between the list and this read is simply left out.
            if (await store.GetAsync(listing.Id, cancellationToken).ConfigureAwait(false) is { } session)
            {
                sessions.Add(session);
            }
        }

        var timeline = await store.GetCheckInTimelineAsync(cancellationToken).ConfigureAwait(false);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        SessionsSummaryCsv.Write(text, sessions, timeline, utcOffset);

        // A file gets a UTF-8 byte-order mark, which spreadsheets need to read accents and dashes as UTF-8.
        return await WriteOutputAsync(console, file, text.ToString(), byteOrderMark: true, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> WriteOutputAsync(CliConsole console, string? file, string text, bool byteOrderMark, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await console.Out.WriteAsync(text).ConfigureAwait(false);
            return 0;
        }

        try
        {
            await File.WriteAllTextAsync(file, text, new System.Text.UTF8Encoding(byteOrderMark), cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"backcare: cannot write '{file}': {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
