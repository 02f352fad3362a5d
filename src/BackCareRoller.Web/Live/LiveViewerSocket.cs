using System.Buffers;
using System.Net.WebSockets;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Web.Live;

/// <summary><c>GET /ws/live/{id}</c>: pushes a running session's events to a live view.</summary>
internal sealed class LiveViewerSocket(LiveSessionManager sessions, IOptions<LiveOptions> options, TimeProvider time, ILogger<LiveViewerSocket> logger)
{
    /// <summary>How long to wait for the viewer's side of the close handshake once the session has ended.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    public async Task HandleAsync(HttpContext context, string id)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Text("This address is a WebSocket; open /live.html to watch a session.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!sessions.TryGet(id, out var session))
        {
            await Results.Text($"No live session '{id}' is running; its report may already be under /report.html?id={id}.", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var queue = new ViewerQueue(options.Value.ViewerQueueCapacity);
        var output = new ArrayBufferWriter<byte>(512);
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        // Subscribe before saying hello, so nothing that happens after the viewer sees "hello" can be missed.
        using var subscription = session.Events.Subscribe(queue);
        LiveEventJson.WriteHello(output, session);
        await socket.SendAsync(output.WrittenMemory, WebSocketMessageType.Text, true, closing.Token).ConfigureAwait(false);
        var listening = ListenForCloseAsync(socket, closing);
        try
        {
            // Send each event as it comes; the session's end completes the queue.
            while (await queue.Reader.WaitToReadAsync(closing.Token).ConfigureAwait(false))
            {
                while (queue.Reader.TryRead(out var liveEvent))
                {
                    queue.Taken();
                    output.ResetWrittenCount();
                    LiveEventJson.Write(output, liveEvent);
                    await socket.SendAsync(output.WrittenMemory, WebSocketMessageType.Text, true, closing.Token).ConfigureAwait(false);
                }
            }

            // Close politely and let the viewer answer, so the last frames are not lost to a reset.
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "session ended", closing.Token).ConfigureAwait(false);
            await listening.WaitAsync(CloseHandshakeTimeout, time, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            logger.ViewerGone(id);
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            logger.ViewerGone(id);
        }
        finally
        {
            await closing.CancelAsync().ConfigureAwait(false);
            await listening.ConfigureAwait(false);
        }
    }

    private static async Task ListenForCloseAsync(WebSocket socket, CancellationTokenSource closing)
    {
        // Viewers send nothing that matters; read until they close so a closed tab frees its queue.
        var buffer = new byte[256];
        try
        {
            while (!closing.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer.AsMemory(), closing.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The socket is gone or the session ended: nothing left to listen for.
        }

        await closing.CancelAsync().ConfigureAwait(false);
    }
}
