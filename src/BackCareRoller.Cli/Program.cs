using BackCareRoller.Cli;

// Prompts (the pain check-in) read standard input only when a person is at the terminal.
var console = new CliConsole(Console.Out, Console.Error) { In = Console.In, InputIsInteractive = !Console.IsInputRedirected };
return await BackCareCli.RunAsync(args, console).ConfigureAwait(false);
