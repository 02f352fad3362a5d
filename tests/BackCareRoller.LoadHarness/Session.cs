using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;

namespace BackCareRoller.LoadHarness;

/// <summary>One simulated user: two phones and a viewer, and the send times of markers awaiting their alert.</summary>
internal sealed class Session(string id) : IDisposable
{
    private readonly ConcurrentQueue<long> _markerSentAt = new();
    private readonly SemaphoreSlim _rollerSend = new(1, 1);
    private readonly SemaphoreSlim _bodySend = new(1, 1);
    private int _markersSent;
    private int _alertsReceived;

    public string Id => id;

    public ClientWebSocket? Roller { get; set; }

    public ClientWebSocket? Body { get; set; }

    public ClientWebSocket? Viewer { get; set; }

    public Task? Listening { get; set; }

    public ConcurrentBag<double>? Latencies { get; set; }

    public int MarkersSent => _markersSent;

    public int AlertsReceived => Volatile.Read(ref _alertsReceived);

    public long MeasureFrom { get; set; }

    public async Task SendAsync(ClientWebSocket socket, byte[] batch, bool marker)
    {
        var gate = socket == Roller ? _rollerSend : _bodySend;
        await gate.WaitAsync();
        try
        {
            if (marker)
            {
                Interlocked.Increment(ref _markersSent);
                _markerSentAt.Enqueue(Stopwatch.GetTimestamp());
            }

            await socket.SendAsync(batch, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            gate.Release();
        }
    }

    public void AlertReceived(long timestamp)
    {
        Interlocked.Increment(ref _alertsReceived);
        if (_markerSentAt.TryDequeue(out var sentAt) && sentAt >= MeasureFrom)
        {
            Latencies?.Add(Stopwatch.GetElapsedTime(sentAt, timestamp).TotalMilliseconds);
        }
    }

    public async Task WaitForAlertsAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        while (Volatile.Read(ref _alertsReceived) < Volatile.Read(ref _markersSent) && Stopwatch.GetTimestamp() < deadline)
        {
            await timer.WaitForNextTickAsync();
        }
    }

    public void Dispose()
    {
        Roller?.Dispose();
        Body?.Dispose();
        Viewer?.Dispose();
        _rollerSend.Dispose();
        _bodySend.Dispose();
    }
}
