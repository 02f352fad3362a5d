using System.Collections.Concurrent;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Limits;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Sources;
using BackCareRoller.Sources.SensorLogger;
using BackCareRoller.Web.Phone;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Web.SensorLogger;

/// <summary>
/// <c>POST /api/sensorlogger?token=…[&amp;role=body|roller][&amp;session=ID]</c>: the Sensor Logger app's HTTP push.
/// Without <c>session</c>, each Sensor Logger recording gets its own live session, created on its first message.
/// Every refusal is a 4xx with a plain sentence, because the app shows that text to its user.
/// </summary>
internal sealed class SensorLoggerEndpoint(
    LiveSessionManager sessions,
    IImuSourceFactory sources,
    IOptions<LiveOptions> options,
    TimeProvider time,
    ILogger<SensorLoggerEndpoint> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, SensorLoggerStream> _streams = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _creating = new(1, 1);

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var limits = options.Value;
        if (!SensorRoles.TryParse(context.Request.Query["role"], SensorRole.Body, out var role))
        {
            return Results.Text("BackCareRoller: role must be 'roller' or 'body' in the push URL.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (context.Request.ContentLength > limits.MaxMessageBytes)
        {
            return TooLarge(limits);
        }

        var body = await ReadBodyAsync(context.Request, limits.MaxMessageBytes, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            return TooLarge(limits);
        }

        if (!SensorLoggerParser.TryParse(body, out var message, out var reason))
        {
            var session = context.Request.Query["session"].ToString();
            if (!string.IsNullOrEmpty(session) && sessions.TryGet(session, out var target))
            {
                target.CountMalformed();
            }

            return Results.Text(reason, statusCode: StatusCodes.Status400BadRequest);
        }

        // One stream is created at a time, so two first pushes of a recording cannot start two sessions.
        SensorLoggerStream? stream;
        IResult? refusal;
        await _creating.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        try
        {
            (stream, refusal) = await FindStreamAsync(context.Request.Query["session"], message, role, limits, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            _creating.Release();
        }

        if (stream is null)
        {
            return refusal!;
        }

        int accepted;
        lock (stream.Gate)
        {
            if (!stream.Messages.TryTake(1))
            {
                stream.Session.CountDropped(message.Readings.Count);
                return Results.Text($"BackCareRoller: too many pushes; at most {limits.MaxMessagesPerSecond} per second.", statusCode: StatusCodes.Status429TooManyRequests);
            }

            accepted = stream.Accept(message);
        }

        return Results.Text($"ok: {accepted} samples into session {stream.Session.Id}");
    }

    public void Dispose() => _creating.Dispose();

    private static IResult TooLarge(LiveOptions limits) => Results.Text(
        $"BackCareRoller: a push may be at most {limits.MaxMessageBytes / 1024} KB; lower the batch period in Sensor Logger's HTTP push settings.",
        statusCode: StatusCodes.Status413PayloadTooLarge);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > limit)
            {
                return null;
            }

            body.Write(buffer, 0, read);
        }

        return body.ToArray();
    }

    private async Task<(SensorLoggerStream? Stream, IResult? Refusal)> FindStreamAsync(
        string? sessionId, SensorLoggerMessage message, SensorRole role, LiveOptions limits, CancellationToken cancellationToken)
    {
        // An explicit session joins that session; otherwise the recording's own session.
        var key = string.IsNullOrEmpty(sessionId)
            ? $"sl/{message.SessionId}/{message.DeviceId}"
            : $"session/{sessionId}/{message.DeviceId}/{SensorRoles.Name(role)}";
        if (_streams.TryGetValue(key, out var existing) && !existing.Session.Ended.IsCompleted)
        {
            return (existing, null);
        }

        LiveSession? session;
        if (!string.IsNullOrEmpty(sessionId))
        {
            if (!sessions.TryGet(sessionId, out session))
            {
                return (null, Results.Text($"BackCareRoller: no live session '{sessionId}' is running; start one on the pairing page.", statusCode: StatusCodes.Status404NotFound));
            }
        }
        else
        {
            if (!sources.TryCreate(new SourceRequest(ImuSourceKind.SensorLogger), out var source, out var reason))
            {
                return (null, Results.Text("BackCareRoller: " + reason, statusCode: StatusCodes.Status503ServiceUnavailable));
            }

            session = await sessions.StartAsync(source, null, null, RollerMount.UnknownMount, cancellationToken).ConfigureAwait(false);
            if (session is null)
            {
                return (null, Results.Text("BackCareRoller is at its limit of live sessions; try again later.", statusCode: StatusCodes.Status503ServiceUnavailable));
            }
        }

        if (session.Feed is null)
        {
            return (null, Results.Text($"BackCareRoller: session '{session.Id}' takes its samples from the {session.Source.Kind}.", statusCode: StatusCodes.Status409Conflict));
        }

        var stream = new SensorLoggerStream(session, session.Feed, role, new TokenBucket(limits.MaxMessagesPerSecond, limits.MaxMessagesPerSecond, time));
        _streams[key] = stream;
        _ = session.Ended.ContinueWith(_ => _streams.TryRemove(KeyValuePair.Create(key, stream)), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        logger.SensorLoggerAttached(message.DeviceId, session.Id);
        return (stream, null);
    }
}
