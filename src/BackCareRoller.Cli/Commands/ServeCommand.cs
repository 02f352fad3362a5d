using System.CommandLine;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources;
using BackCareRoller.Storage;
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
        var simulate = new Option<bool>("--simulate") { Description = "Start a simulated session at once (no hardware needed) and print its live view." };
        var replay = new Option<string?>("--replay") { Description = "Start a session replaying this recording CSV at real pace." };
        var settings = new Option<string?>("--settings") { Description = "A JSON settings file, e.g. samples/appsettings.phone.json (command-line options win)." };
        var record = new Option<string?>("--record") { Description = "Also write every live session's samples to this recording CSV (later sessions get their id appended)." };
        var command = new Command("serve", "Run the live service: live alerts, the phone as a sensor, and session review in the browser.");
        command.Options.Add(urls);
        command.Options.Add(db);
        command.Options.Add(lan);
        command.Options.Add(token);
        command.Options.Add(simulate);
        command.Options.Add(replay);
        command.Options.Add(record);
        command.Options.Add(settings);
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

            if (parsed.GetValue(record) is { } recordPath)
            {
                configuration.Add($"--BackCare:Live:RecordPath={Path.GetFullPath(recordPath)}");
            }

            SourceRequest? startWith = parsed.GetValue(replay) is { } replayPath
                ? new SourceRequest(ImuSourceKind.Replay, RecordingPath: Path.GetFullPath(replayPath))
                : parsed.GetValue(simulate) ? new SourceRequest(ImuSourceKind.Simulator) : null;
            var settingsFile = parsed.GetValue(settings);
            if (settingsFile is not null && !File.Exists(settingsFile))
            {
                console.Error.WriteLine($"backcare serve: no settings file at '{settingsFile}'.");
                return 2;
            }

            return await RunAsync(console, [.. configuration], settingsFile, startWith, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] configuration, string? settingsFile, SourceRequest? startWith, CancellationToken cancellationToken)
    {
        var app = BackCareWebApp.Build(configuration, settingsFile: settingsFile);
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
            catch (SessionStoreException error)
            {
                console.Error.WriteLine($"backcare serve: {error.Message}");
                return 4;
            }

            var links = app.Services.GetRequiredService<PairingLinks>();
            PairingBanner.Write(console.Out, links);
            if (startWith is not null && !await StartSessionAsync(console, app, links, startWith, cancellationToken).ConfigureAwait(false))
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                return 5;
            }

            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
    }

    private static async Task<bool> StartSessionAsync(CliConsole console, WebApplication app, PairingLinks links, SourceRequest request, CancellationToken cancellationToken)
    {
        if (!app.Services.GetRequiredService<IImuSourceFactory>().TryCreate(request, out var source, out var reason))
        {
            console.Error.WriteLine($"backcare serve: {reason}");
            return false;
        }

        var session = await app.Services.GetRequiredService<LiveSessionManager>()
            .StartAsync(source, null, null, RollerMount.FirmwareAxis, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            console.Error.WriteLine("backcare serve: could not start the session.");
            return false;
        }

        console.Out.WriteLine($"Live view of the {request.Kind.ToString().ToLowerInvariant()} session: {links.LocalUrl.Replace("/?token=", $"/live.html?session={session.Id}&token=", StringComparison.Ordinal)}");
        return true;
    }
}
