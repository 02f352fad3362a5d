using System.CommandLine;
using System.Globalization;
using BackCareRoller.Core.CheckIns;
using BackCareRoller.Storage.History;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// `backcare history`: minutes per muscle, alerts and routine adherence per week, as a terminal table; then the weekly
/// rhythm (days rolled against the goal, streaks, pain before and after) and, if a red flag is raised, what to do.
/// </summary>
internal static class HistoryCommand
{
    private const int DefaultWeeks = 8;

    public static Command Create(CliConsole console)
    {
        var db = SessionsDatabase.CreateOption();
        var weeks = new Option<int>("--weeks")
        {
            Description = $"How many weeks, ending with the current one (1 to {HistoryQuery.MaxWeeks}).",
            DefaultValueFactory = _ => DefaultWeeks,
        };
        var until = new Option<string?>("--until")
        {
            Description = "A day of the last week shown, as YYYY-MM-DD (default: today).",
            HelpName = "DATE",
        };
        var offset = new Option<string?>("--utc-offset")
        {
            Description = "Your local time's offset from UTC, e.g. +02:00, which places sessions in days and weeks (default: this computer's current offset).",
            HelpName = "±HH:MM",
        };
        var command = new Command("history", "Minutes per muscle, alerts, routine adherence, rhythm and pain per week (weeks start on Monday).");
        command.Options.Add(weeks);
        command.Options.Add(until);
        command.Options.Add(offset);
        command.Options.Add(db);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var weekCount = parsed.GetValue(weeks);
            if (weekCount is < 1 or > HistoryQuery.MaxWeeks)
            {
                await console.Error.WriteLineAsync($"backcare: --weeks must be between 1 and {HistoryQuery.MaxWeeks} (got {weekCount}).").ConfigureAwait(false);
                return 1;
            }

            var now = console.Time.GetUtcNow();
            if (!TryParseOffset(parsed.GetValue(offset), now, out var utcOffset))
            {
                await console.Error.WriteLineAsync($"backcare: --utc-offset '{parsed.GetValue(offset)}' is not an offset like +02:00 or -05:30 (between -14:00 and +14:00).").ConfigureAwait(false);
                return 1;
            }

            var lastDay = DateOnly.FromDateTime(now.ToOffset(utcOffset).DateTime);
            if (parsed.GetValue(until) is { } untilText
                && !DateOnly.TryParseExact(untilText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out lastDay))
            {
                await console.Error.WriteLineAsync($"backcare: --until '{untilText}' is not a date like 2025-03-10.").ConfigureAwait(false);
                return 1;
            }

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

            var history = await store.GetHistoryAsync(new HistoryQuery(lastDay, weekCount, utcOffset), cancellationToken).ConfigureAwait(false);
            foreach (var line in HistoryTable.Lines(history, utcOffset))
            {
                await console.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            // The rhythm as of the end of the last day shown (now, when that is today or later).
            var endOfLastDay = new DateTimeOffset(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), utcOffset).AddTicks(-1);
            var timeline = await store.GetCheckInTimelineAsync(cancellationToken).ConfigureAwait(false);
            var rhythm = RhythmCalculator.Compute(timeline, new RhythmQuery(endOfLastDay < now ? endOfLastDay : now, weekCount, utcOffset));
            await console.Out.WriteLineAsync().ConfigureAwait(false);
            foreach (var line in RhythmTable.Lines(rhythm))
            {
                await console.Out.WriteLineAsync(line).ConfigureAwait(false);
            }

            var asOf = timeline.Where(session => session.StartedAt <= endOfLastDay).ToList();
            await CheckInAdvice.WriteAsync(console.Out, RedFlagRules.Assess(asOf)).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Parses +HH:MM, -HH:MM, HH:MM or Z; null or blank means this computer's offset now.</summary>
    internal static bool TryParseOffset(string? text, DateTimeOffset now, out TimeSpan offset)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            offset = TimeZoneInfo.Local.GetUtcOffset(now);
            return true;
        }

        var trimmed = text.Trim();
        if (trimmed is "Z" or "z" or "0")
        {
            offset = TimeSpan.Zero;
            return true;
        }

        var negative = trimmed.StartsWith('-');
        var body = trimmed.TrimStart('+', '-');
        if (TimeSpan.TryParseExact(body, ["hh\\:mm", "h\\:mm", "hh", "%h"], CultureInfo.InvariantCulture, out var parsed)
            && parsed <= TimeSpan.FromHours(14))
        {
            offset = negative ? -parsed : parsed;
            return true;
        }

        offset = TimeSpan.Zero;
        return false;
    }
}
