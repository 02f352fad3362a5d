using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace BackCareRoller.Web.Tests.Support;

/// <summary>Send and receive whole JSON text frames, with a timeout instead of waiting forever.</summary>
internal static class SocketFrames
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static Task SendAsync(this ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next frame, or null when the server closed the socket.</summary>
    public static async Task<JsonElement?> ReceiveFrameAsync(this ClientWebSocket socket)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), cancel.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            // Answer the close as a browser does, completing the handshake.
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
            }

            return null;
        }

        using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
        return document.RootElement.Clone();
    }

    /// <summary>Reads frames until one has the given type (other frames are skipped).</summary>
    public static async Task<JsonElement> ReceiveTypeAsync(this ClientWebSocket socket, string type)
    {
        while (true)
        {
            var frame = await socket.ReceiveFrameAsync() ?? throw new InvalidOperationException($"The socket closed before a '{type}' frame.");
            if (frame.GetProperty("type").GetString() == type)
            {
                return frame;
            }
        }
    }

    public static string Batch(params (double Ms, double Ax, double Ay, double Az, double Gx, double Gy, double Gz)[] rows) =>
        "{\"type\":\"samples\",\"samples\":[" + string.Join(",", rows.Select(r => FormattableString.Invariant($"[{r.Ms},{r.Ax},{r.Ay},{r.Az},{r.Gx},{r.Gy},{r.Gz}]"))) + "]}";

    public static string StillBatch(int count, double startMs = 0, double gyroX = 0) =>
        Batch([.. Enumerable.Range(0, count).Select(i => (startMs + (i * 10.0), 0.0, 9.81, 0.0, gyroX, 0.0, 0.0))]);
}
