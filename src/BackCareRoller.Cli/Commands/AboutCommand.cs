using System.CommandLine;

namespace BackCareRoller.Cli.Commands;

/// <summary>`backcare about`: what the product checks, in plain words.</summary>
internal static class AboutCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("about", "Explain what BackCareRoller watches for while you roll.");
        command.SetAction(_ =>
        {
            console.Out.WriteLine("BackCareRoller coaches a four-move foam-rolling routine for lower back pain:");
            console.Out.WriteLine("  glutes, hip flexors, hamstrings, upper back - 1 to 2 minutes each, slowly (about 2.5 cm/s).");
            console.Out.WriteLine("It warns 'too fast' above 5 cm/s, and 'lower back, stop' / 'neck, stop' when the roller reaches them.");
            return 0;
        });
        return command;
    }
}
