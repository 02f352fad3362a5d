using System.Reactive.Concurrency;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Sources.Live;

/// <summary>
/// A source whose samples are pushed in by an adapter (a phone's WebSocket, Sensor Logger's HTTP push, a BLE link).
/// Several adapters may push at once (roller and body on two phones); pushes are serialised so the pipeline sees
/// one sample at a time, and run the pipeline on the caller's thread so an alert leaves with the sample that raised it.
/// </summary>
public sealed class LiveSampleFeed : IImuSource, IDisposable
{
    // The one subject of the live path: the boundary between network adapters and the Rx pipeline.
    private readonly Subject<ImuSample> _samples = new();
    private readonly Lock _gate = new();
    private bool _completed;

    /// <summary>Creates a feed for pushed samples.</summary>
    /// <param name="kind">The kind of adapter pushing into it.</param>
    public LiveSampleFeed(ImuSourceKind kind) => Kind = kind;

    /// <inheritdoc />
    public ImuSourceKind Kind { get; }

    /// <summary>Samples pushed so far (accepted by <see cref="Post(ReadOnlySpan{ImuSample})"/>).</summary>
    public long Posted { get; private set; }

    /// <inheritdoc />
    public IObservable<ImuSample> Samples(IScheduler scheduler) => _samples.AsObservable();

    /// <summary>Pushes a batch of samples, in order, to every subscriber.</summary>
    /// <param name="samples">Samples in session time.</param>
    /// <returns>False when the feed has completed and the samples were not delivered.</returns>
    public bool Post(ReadOnlySpan<ImuSample> samples)
    {
        lock (_gate)
        {
            if (_completed)
            {
                return false;
            }

            for (var i = 0; i < samples.Length; i++)
            {
                _samples.OnNext(samples[i]);
            }

            Posted += samples.Length;
            return true;
        }
    }

    /// <summary>Pushes one sample.</summary>
    /// <param name="sample">A sample in session time.</param>
    /// <returns>False when the feed has completed.</returns>
    public bool Post(in ImuSample sample) => Post(new ReadOnlySpan<ImuSample>(in sample));

    /// <summary>Ends the stream; later pushes are refused.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            if (_completed)
            {
                return;
            }

            _completed = true;
            _samples.OnCompleted();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Complete();
        _samples.Dispose();
    }
}
