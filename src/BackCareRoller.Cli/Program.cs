using BackCareRoller.Cli;

return await BackCareCli.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
