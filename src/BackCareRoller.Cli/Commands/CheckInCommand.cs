using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// `backcare checkin &lt;id&gt; --before|--after [--pain N --where ... --character dull|sharp --radiating yes|no --days N]`:
/// stores how the back felt around a session. Without --pain it asks, when a person is at the terminal.
/// </summary>
internal static class CheckInCommand
{
    public static Command Create(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var id = new Argument<long>("id") { Description = "The session's id (first column of `backcare sessions list`)." };
        var before = new Option<bool>("--before") { Description = "How it felt before rolling." };
        var after = new Option<bool>("--after") { Description = "How it feels after rolling." };
        var pain = new Option<string?>("--pain") { Description = "Pain from 0 (none) to 10 (the worst). Without it, the questions are asked.", HelpName = "0-10" };
        var where = new Option<string[]>("--where")
        {
            Description = $"Where it hurts: {CheckInAnswers.WhereHelp}.",
            HelpName = "PLACES",
            AllowMultipleArgumentsPerToken = false,
        };
        var character = new Option<string?>("--character") { Description = "How it feels: dull (or aching) or sharp.", HelpName = "dull|sharp" };
        var radiating = new Option<string?>("--radiating") { Description = "Whether the pain runs down a leg.", HelpName = "yes|no" };
        var days = new Option<string?>("--days") { Description = "Days since the pain started (0 = today).", HelpName = "N" };
        var command = new Command("checkin", "Record how your back feels before or after a session: pain, where, dull or sharp, down a leg, since when.");
        command.Arguments.Add(id);
        command.Options.Add(before);
        command.Options.Add(after);
        command.Options.Add(pain);
        command.Options.Add(where);
        command.Options.Add(character);
        command.Options.Add(radiating);
        command.Options.Add(days);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            if (parsed.GetValue(before) == parsed.GetValue(after))
            {
                return await FailAsync(console, "say --before or --after (one of them).").ConfigureAwait(false);
            }

            var moment = parsed.GetValue(before) ? CheckInMoment.Before : CheckInMoment.After;
            var given = FromOptions(parsed, pain, where, character, radiating, days, console.Time, out var problem);
            if (problem is not null)
            {
                return await FailAsync(console, problem).ConfigureAwait(false);
            }

            var path = SessionsDatabase.Resolve(parsed.GetValue(db));
            using var store = await SessionsDatabase.OpenExistingAsync(path, console, cancellationToken).ConfigureAwait(false);
            if (store is null)
            {
                return 1;
            }

            // Check the session exists before asking anyone anything.
            var sessionId = parsed.GetValue(id);
            var existing = await store.GetCheckInsAsync(sessionId, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return await SessionsDatabase.NoSuchSessionAsync(console, sessionId, path).ConfigureAwait(false);
            }

            if (given is null && !console.InputIsInteractive)
            {
                await console.Out.WriteLineAsync(
                    "Check-in skipped: input is not a terminal. Give the answers as options, e.g. --pain 4 --where \"lower back\".").ConfigureAwait(false);
                return 0;
            }

            var checkIn = given ?? await new CheckInPrompt(console.In, console.Out, console.Time).AskAsync(moment, cancellationToken).ConfigureAwait(false);
            if (checkIn is null)
            {
                return 0;
            }

            await store.SaveCheckInAsync(sessionId, moment, checkIn, cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(
                $"Saved the check-in {CheckInText.Moment(moment)} session {sessionId}: {CheckInText.Describe(checkIn)}.").ConfigureAwait(false);
            if (existing.With(moment, checkIn) is { Before: { } b, After: { } a })
            {
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Pain before rolling {b.Pain}/10, after {a.Pain}/10.")).ConfigureAwait(false);
            }

            await CheckInAdvice.WriteForLatestAsync(console.Out, store, cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>The check-in the options give, or null when --pain is absent (then the questions are asked).</summary>
    private static CheckIn? FromOptions(
        ParseResult parsed,
        Option<string?> pain,
        Option<string[]> where,
        Option<string?> character,
        Option<string?> radiating,
        Option<string?> days,
        TimeProvider time,
        out string? problem)
    {
        problem = null;
        var whereTexts = parsed.GetValue(where) ?? [];
        var painText = parsed.GetValue(pain);
        if (painText is null)
        {
            if (whereTexts.Length > 0 || parsed.GetValue(character) is not null || parsed.GetValue(radiating) is not null || parsed.GetValue(days) is not null)
            {
                problem = "--where, --character, --radiating and --days go with --pain N (leave them all out to be asked).";
            }

            return null;
        }

        if (!CheckInAnswers.TryParsePain(painText, out var painValue))
        {
            problem = $"--pain '{painText}' is not a whole number from 0 to 10.";
            return null;
        }

        var locations = new List<PainLocation>();
        foreach (var text in whereTexts)
        {
            if (!CheckInAnswers.TryParseWhere(text, out var parsedWhere))
            {
                problem = $"--where '{text}' is not {CheckInAnswers.WhereHelp}.";
                return null;
            }

            locations.AddRange(parsedWhere.Where(location => !locations.Contains(location)));
        }

        PainCharacter? characterValue = null;
        if (parsed.GetValue(character) is { } characterText)
        {
            if (!CheckInAnswers.TryParseCharacter(characterText, out var c))
            {
                problem = $"--character '{characterText}' is neither dull nor sharp.";
                return null;
            }

            characterValue = c;
        }

        bool? radiatesValue = null;
        if (parsed.GetValue(radiating) is { } radiatingText)
        {
            if (!CheckInAnswers.TryParseYesNo(radiatingText, out var r))
            {
                problem = $"--radiating '{radiatingText}' is neither yes nor no.";
                return null;
            }

            radiatesValue = r;
        }

        int? daysValue = null;
        if (parsed.GetValue(days) is { } daysText)
        {
            if (!CheckInAnswers.TryParseDays(daysText, out var d))
            {
                problem = $"--days '{daysText}' is not a whole number of days from 0 to {CheckInValidation.MaxDaysSinceStart}.";
                return null;
            }

            daysValue = d;
        }

        return new CheckIn
        {
            RecordedAt = time.GetUtcNow(),
            Pain = painValue,
            Where = locations,
            Character = characterValue,
            RadiatesDownLeg = radiatesValue,
            DaysSinceStart = daysValue,
        };
    }

    private static async Task<int> FailAsync(CliConsole console, string problem)
    {
        await console.Error.WriteLineAsync("backcare checkin: " + problem).ConfigureAwait(false);
        return 1;
    }
}
