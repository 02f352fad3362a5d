using System.CommandLine;
using BackCareRoller.Core.CheckIns;

namespace BackCareRoller.Cli.Commands;

/// <summary>
/// Asks how the back feels, before or after a session (issue 8): pain 0–10, then — when there is pain — where, dull or
/// sharp, whether it runs down a leg and (before) since when. Every question can be skipped with Enter; Enter at the
/// first skips the check-in. Answers come from an injected <see cref="TextReader"/>; nothing is asked when input is not a
/// terminal. Used by <c>backcare checkin</c>, and by <c>analyze --save</c> and <c>serve</c> around a session.
/// </summary>
internal sealed class CheckInPrompt
{
    // Wrong answers to one question before it is skipped: a prompt must never trap someone in a loop.
    private const int AttemptsPerQuestion = 3;

    private readonly TextReader _input;
    private readonly TextWriter _prompts;
    private readonly TimeProvider _time;
    private bool _endOfInput;

    public CheckInPrompt(TextReader input, TextWriter prompts, TimeProvider time)
    {
        _input = input;
        _prompts = prompts;
        _time = time;
    }

    /// <summary>The <c>--no-checkin</c> option for the verbs that run a session.</summary>
    public static Option<bool> CreateSkipOption() => new("--no-checkin")
    {
        Description = "Do not ask how your back feels before and after the session (asked only at a terminal).",
    };

    /// <summary>
    /// Asks the check-in on <paramref name="console"/>, unless <paramref name="skip"/> (<c>--no-checkin</c>) or its input
    /// is not a terminal; then returns null at once, writing nothing.
    /// </summary>
    /// <param name="console">Input, clock, and (unless <paramref name="prompts"/> is given) where questions are written.</param>
    /// <param name="moment">Before or after the session.</param>
    /// <param name="skip">True when the user asked not to be asked.</param>
    /// <param name="prompts">Where to write the questions; default <see cref="CliConsole.Out"/>. Pass <see cref="CliConsole.Error"/>
    /// when standard output carries data (a report on stdout).</param>
    /// <param name="cancellationToken">Stops waiting for an answer.</param>
    /// <returns>The check-in, or null when skipped.</returns>
    public static Task<CheckIn?> AskAsync(
        CliConsole console, CheckInMoment moment, bool skip, TextWriter? prompts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        return skip || !console.InputIsInteractive
            ? Task.FromResult<CheckIn?>(null)
            : new CheckInPrompt(console.In, prompts ?? console.Out, console.Time).AskAsync(moment, cancellationToken);
    }

    /// <summary>Asks the questions of <paramref name="moment"/>.</summary>
    /// <returns>The answers, or null when the pain question was skipped or input ended before it.</returns>
    public async Task<CheckIn?> AskAsync(CheckInMoment moment, CancellationToken cancellationToken)
    {
        var opening = moment == CheckInMoment.Before
            ? "Check-in before rolling. How much does your back hurt right now, from 0 (not at all) to 10 (the worst)?"
            : "Check-in after rolling. How much does your back hurt now, from 0 (not at all) to 10 (the worst)?";
        await _prompts.WriteLineAsync(opening).ConfigureAwait(false);
        var pain = await AskAsync<int>(
            "Pain 0-10 (Enter to skip the check-in): ",
            "Please type a whole number from 0 to 10, or press Enter to skip.",
            CheckInAnswers.TryParsePain,
            cancellationToken).ConfigureAwait(false);
        if (pain is not { } painValue)
        {
            await _prompts.WriteLineAsync("Check-in skipped.").ConfigureAwait(false);
            return null;
        }

        var checkIn = new CheckIn { RecordedAt = _time.GetUtcNow(), Pain = painValue };

        // No pain: where, how and since when do not apply.
        if (painValue == 0)
        {
            return checkIn;
        }

        var (_, where) = await AskCoreAsync<IReadOnlyList<PainLocation>>(
            "Where does it hurt? Lower back, buttock, leg - add left or right for one side (Enter to skip): ",
            $"Please name {CheckInAnswers.WhereHelp}, or press Enter to skip.",
            CheckInAnswers.TryParseWhere,
            cancellationToken).ConfigureAwait(false);
        var character = await AskAsync<PainCharacter>(
            "Does it feel dull/aching or sharp? [d/s, Enter to skip]: ",
            "Please type d for dull or aching, s for sharp, or press Enter to skip.",
            CheckInAnswers.TryParseCharacter,
            cancellationToken).ConfigureAwait(false);
        var radiates = await AskAsync<bool>(
            "Does the pain run down a leg? [y/n, Enter to skip]: ",
            "Please type y or n, or press Enter to skip.",
            CheckInAnswers.TryParseYesNo,
            cancellationToken).ConfigureAwait(false);

        // How long it has lasted does not change during a session: asked once, before.
        var days = moment == CheckInMoment.Before
            ? await AskAsync<int>(
                "How many days ago did this pain start? [0 = today, Enter to skip]: ",
                "Please type a whole number of days (0 for today), or press Enter to skip.",
                CheckInAnswers.TryParseDays,
                cancellationToken).ConfigureAwait(false)
            : null;
        return checkIn with
        {
            Where = where ?? [],
            Character = character,
            RadiatesDownLeg = radiates,
            DaysSinceStart = days,
        };
    }

    private delegate bool Parser<T>(string? text, out T value);

    private async Task<T?> AskAsync<T>(string question, string retry, Parser<T> parse, CancellationToken cancellationToken)
        where T : struct => await AskCoreAsync(question, retry, parse, cancellationToken).ConfigureAwait(false) is (true, var value) ? value : null;

    private async Task<(bool Answered, T Value)> AskCoreAsync<T>(string question, string retry, Parser<T> parse, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < AttemptsPerQuestion && !_endOfInput; attempt++)
        {
            await _prompts.WriteAsync(attempt == 0 ? question : retry + " ").ConfigureAwait(false);
            await _prompts.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                // Input closed (Ctrl+D): stop asking, keep what was answered.
                _endOfInput = true;
                await _prompts.WriteLineAsync().ConfigureAwait(false);
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                break;
            }

            if (parse(line, out var value))
            {
                return (true, value);
            }
        }

        return (false, default!);
    }
}
