namespace BackCareRoller.Cli;

/// <summary>The text streams a verb uses, and its clock; injected so tests run the real entry point in-process.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Error messages.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Where prompts (such as the pain check-in) read their answers.</summary>
    /// <value>Default <see cref="TextReader.Null"/>: no answers.</value>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>Whether <see cref="In"/> is a person at a terminal; prompts are skipped when it is not (a pipe, a script, a service).</summary>
    /// <value>Default false.</value>
    public bool InputIsInteractive { get; init; }

    /// <summary>The wall clock: check-in times, "today" for history.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
