using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackCareRoller.Web.Tests.Browser;

/// <summary>
/// Real headless Chromium (Debian's <c>chromium</c>) driven over the DevTools protocol on a plain WebSocket:
/// launch, open a page target in flattened-session mode, send commands, await replies and events.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _eventWaiters = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _reader = Task.CompletedTask;
    private int _nextId;

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static string ExecutablePath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public static async Task<Chromium> LaunchAsync()
    {
        var profile = Directory.CreateTempSubdirectory("backcare-chromium-").FullName;
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--mute-audio", "--hide-scrollbars",
            $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, line) =>
        {
            const string Marker = "DevTools listening on ";
            if (line.Data?.StartsWith(Marker, StringComparison.Ordinal) == true)
            {
                endpoint.TrySetResult(line.Data[Marker.Length..].Trim());
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var browser = new Chromium(process, profile);
        await browser._socket.ConnectAsync(new Uri(await endpoint.Task.WaitAsync(Timeout)), CancellationToken.None);
        browser._reader = Task.Run(browser.ReadLoopAsync);
        return browser;
    }

    /// <summary>Sends a command to the browser (no session) or to a page session.</summary>
    public async Task<JsonElement> SendAsync(string method, object? parameters = null, string? sessionId = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        await _sendGate.WaitAsync();
        try
        {
            await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendGate.Release();
        }

        return await reply.Task.WaitAsync(Timeout);
    }

    /// <summary>Arms a wait for the next event <paramref name="method"/> of <paramref name="sessionId"/>; await it after triggering.</summary>
    public Task<JsonElement> NextEventAsync(string method, string sessionId)
    {
        var waiter = _eventWaiters.GetOrAdd($"{sessionId}/{method}", _ => new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously));
        return waiter.Task.WaitAsync(Timeout);
    }

    public async Task<ChromiumPage> NewPageAsync()
    {
        var target = await SendAsync("Target.createTarget", new { url = "about:blank" });
        var attached = await SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true });
        var page = new ChromiumPage(this, attached.GetProperty("sessionId").GetString()!);
        await page.SendAsync("Page.enable");
        await page.SendAsync("Runtime.enable");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(Timeout);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _socket.Dispose();
        _process.Dispose();
        _sendGate.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                message.SetLength(0);
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(), _stop.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new InvalidOperationException("Chromium went away."));
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var reply))
        {
            if (message.TryGetProperty("error", out var error))
            {
                reply.TrySetException(new InvalidOperationException($"CDP error: {error}"));
            }
            else
            {
                reply.TrySetResult(message.GetProperty("result"));
            }

            return;
        }

        if (message.TryGetProperty("method", out var method))
        {
            var session = message.TryGetProperty("sessionId", out var s) ? s.GetString() : string.Empty;
            if (_eventWaiters.TryRemove($"{session}/{method.GetString()}", out var waiter))
            {
                waiter.TrySetResult(message.GetProperty("params"));
            }
        }
    }
}
