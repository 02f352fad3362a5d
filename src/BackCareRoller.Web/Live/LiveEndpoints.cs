using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources;
using BackCareRoller.Web.Json;
using BackCareRoller.Web.Pairing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BackCareRoller.Web.Live;

/// <summary>Starting, listing and stopping live sessions.</summary>
internal static class LiveEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/live", StartAsync);
        app.MapGet("/api/live", List);
        app.MapPost("/api/live/{id}/stop", StopAsync);
        app.MapGet("/ws/live/{id}", (HttpContext context, string id, LiveViewerSocket socket) => socket.HandleAsync(context, id));
    }

    private static async Task<IResult> StartAsync(StartSessionRequest? request, LiveSessionManager sessions, IImuSourceFactory sources, PairingLinks links, CancellationToken cancellationToken)
    {
        request ??= new StartSessionRequest(null, null, null, null, null);
        var kind = ImuSourceKind.Simulator;
        if (request.Source is not null && !WireNames.TryParseSource(request.Source, out kind))
        {
            return Results.Text($"Unknown source '{request.Source}': use simulator, replay, phone, sensor_logger or ble.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.HeightCm is < 100 or > 230 || request.RollerDiameterCm is < 5 or > 30)
        {
            return Results.Text("height_cm must be 100–230 and roller_diameter_cm 5–30.", statusCode: StatusCodes.Status400BadRequest);
        }

        var mount = kind == ImuSourceKind.Phone || string.Equals(request.Mount, "unknown_mount", StringComparison.Ordinal)
            ? RollerMount.UnknownMount
            : RollerMount.FirmwareAxis;
        if (kind == ImuSourceKind.Replay)
        {
            return Results.Text("Replays start from the command line: backcare serve --replay FILE.csv", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!sources.TryCreate(new SourceRequest(kind, request.Seed, null, request.HeightCm, request.RollerDiameterCm), out var source, out var reason))
        {
            return Results.Text(reason, statusCode: StatusCodes.Status501NotImplemented);
        }

        var session = await sessions.StartAsync(source, request.HeightCm, request.RollerDiameterCm, mount, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return Results.Text("The service is at its limit of live sessions (BackCare:Live:MaxConcurrentSessions) or shutting down.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var started = new StartedSession(
            session.Id,
            WireNames.Of(kind),
            $"/live.html?session={session.Id}",
            links.PhoneUrl(session.Id, "roller"),
            links.PhoneUrl(session.Id, "body"),
            links.SensorLoggerUrl(session.Id));
        return Results.Json(started, WebJsonContext.Default.StartedSession, statusCode: StatusCodes.Status201Created);
    }

    private static IResult List(LiveSessionManager sessions)
    {
        IReadOnlyList<RunningSession> running = [.. sessions.Sessions
            .OrderBy(s => s.StartedAt)
            .Select(s => new RunningSession(s.Id, WireNames.Of(s.Source.Kind), s.StartedAt, Math.Round(s.Elapsed.TotalSeconds, 1), s.SamplesReceived))];
        return Results.Json(running, WebJsonContext.Default.IReadOnlyListRunningSession);
    }

    private static async Task<IResult> StopAsync(string id, LiveSessionManager sessions)
    {
        if (!sessions.TryGet(id, out var session))
        {
            return Results.Text($"No live session '{id}' is running.", statusCode: StatusCodes.Status404NotFound);
        }

        var ended = await session.StopAsync(SessionEndReason.Stopped).ConfigureAwait(false);
        return Results.Json(new StoppedSession(id, WireNames.Of(ended.Reason), Math.Round(ended.Time.TotalSeconds, 3)), WebJsonContext.Default.StoppedSession);
    }
}
