using System.CommandLine;
using BackCareRoller.Web;
using BackCareRoller.Web.Pairing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Cli.Commands;

/// <summary>`backcare serve`: the live service and web app (issue 6).</summary>
internal static class ServeCommand
{
    /// <summary>Where `--lan` listens when no `--urls` is given.</summary>
    private const string LanUrls = "http://0.0.0.0:5080";

    public static Command Create(CliConsole console)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, ';'-separated (default http://127.0.0.1:5080; port 0 picks a free one)." };
        var db = new Option<string?>("--db") { Description = "Session database file (default: in the user's data directory)." };
        var lan = new Option<bool>("--lan") { Description = "Listen on the local network so a phone can connect (default: this computer only)." };
        var token = new Option<string?>("--token") { Description = "Pairing token to require (default: a new one each start, printed)." };
        var command = new Command("serve", "Run the live service: live alerts, the phone as a sensor, and session review in the browser.");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(lan);
        command.Options.Add(token);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var configuration = new List<string>();
            var chosenUrls = parsed.GetValue(urls) ?? (parsed.GetValue(lan) ? LanUrls : null);
            if (chosenUrls is not null)
            {
                configuration.Add($"--BackCare:Serve:Urls={chosenUrls}");
            }

            if (parsed.GetValue(lan))
            {
                configuration.Add("--BackCare:Serve:AllowLan=true");
            }

            if (parsed.GetValue(token) is { } pairingToken)
            {
                configuration.Add($"--BackCare:Serve:PairingToken={pairingToken}");
            }

            if (parsed.GetValue(db) is { } database)
            {
                configuration.Add($"--BackCare:Storage:DatabasePath={Path.GetFullPath(database)}");
            }

            return await RunAsync(console, [.. configuration], cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] configuration, CancellationToken cancellationToken)
    {
        var app = BackCareWebApp.Build(configuration);
        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OptionsValidationException error)
            {
                console.Error.WriteLine($"backcare serve: invalid configuration: {string.Join(" ", error.Failures)}");
                return 2;
            }
            catch (IOException error)
            {
                console.Error.WriteLine($"backcare serve: cannot listen: {error.Message}");
                return 3;
            }

            PairingBanner.Write(console.Out, app.Services.GetRequiredService<PairingLinks>());
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
    }
}
