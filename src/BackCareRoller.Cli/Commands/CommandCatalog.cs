using System.CommandLine;

namespace BackCareRoller.Cli.Commands;

/// <summary>Every verb of `backcare`, in the order `--help` lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return AboutCommand.Create(console);
        yield return AnalyzeCommand.Create(console);
        yield return SimulateCommand.Create(console);
        yield return EvalCommand.Create(console);
        yield return SessionsCommand.Create(console);
        yield return HistoryCommand.Create(console);
        yield return ReportCommand.Create(console);
        yield return ServeCommand.Create(console);
    }
}
