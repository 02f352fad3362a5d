namespace BackCareRoller.Cli;

/// <summary>The two text streams a verb writes to; injected so tests run the real entry point in-process.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Error messages.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error);
