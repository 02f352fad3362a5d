using System.Threading.Channels;
using BackCareRoller.Hosting.Live;

namespace BackCareRoller.Web.Live;

/// <summary>
/// The events waiting to be sent to one viewer. A slow viewer never slows the pipeline: past the capacity,
/// speed and statistics events are dropped (newer ones follow within 100 ms); alerts, zones and the end never are.
/// </summary>
internal sealed class ViewerQueue(int capacity) : IObserver<LiveEvent>
{
    private readonly Channel<LiveEvent> _events = Channel.CreateUnbounded<LiveEvent>(new UnboundedChannelOptions { SingleReader = true });
    private int _queued;

    public ChannelReader<LiveEvent> Reader => _events.Reader;

    public long Dropped { get; private set; }

    public void OnNext(LiveEvent value)
    {
        if (Volatile.Read(ref _queued) >= capacity && value is LiveSpeedEvent or LiveStatsEvent)
        {
            Dropped++;
            return;
        }

        Interlocked.Increment(ref _queued);
        _events.Writer.TryWrite(value);
    }

    public void OnError(Exception error) => _events.Writer.TryComplete(error);

    public void OnCompleted() => _events.Writer.TryComplete();

    public void Taken() => Interlocked.Decrement(ref _queued);
}
