using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Web.Phone;

/// <summary><c>GET /ws/sensor/{id}?role=roller|body</c>: a phone page (or any client) streams samples into a session.</summary>
internal sealed class SensorSocket(LiveSessionManager sessions, IOptions<LiveOptions> options, TimeProvider time, ILogger<SensorSocket> logger)
{
    public async Task HandleAsync(HttpContext context, string id)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Text("This address is a WebSocket for sensor samples; open /phone.html on the phone.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!SensorRoles.TryParse(context.Request.Query["role"], SensorRole.Roller, out var role))
        {
            await Results.Text("role must be 'roller' or 'body'.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!sessions.TryGet(id, out var session))
        {
            await Results.Text($"No live session '{id}' is running; start one on the pairing page.", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (session.Feed is null)
        {
            await Results.Text($"Session '{id}' takes its samples from the {session.Source.Kind}; it cannot take a phone's.", statusCode: StatusCodes.Status409Conflict).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        logger.SensorConnected(SensorRoles.Name(role), id);
        var connection = new SensorConnection(socket, session, session.Feed, role, options.Value, time);
        await connection.RunAsync(context.RequestAborted).ConfigureAwait(false);
        logger.SensorDisconnected(SensorRoles.Name(role), id, connection.Received, connection.Dropped, connection.Malformed);
    }
}
