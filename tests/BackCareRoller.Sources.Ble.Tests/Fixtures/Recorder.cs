using BackCareRoller.DBus.Tests.Fixtures;

namespace BackCareRoller.Sources.Ble.Tests.Fixtures;

/// <summary>Records an observable's values and lets a test await the first one, from a given position, that matches.</summary>
public sealed class Recorder<T> : IObserver<T>, IDisposable
{
    private readonly List<T> _values = [];
    private readonly List<(int From, Func<T, bool> Match, TaskCompletionSource<T> Waiter)> _waiters = [];
    private readonly IDisposable _subscription;

    public Recorder(IObservable<T> source) => _subscription = source.Subscribe(this);

    public IReadOnlyList<T> Values
    {
        get
        {
            lock (_values)
            {
                return [.. _values];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    /// <summary>Waits for a value at or after index <paramref name="from"/> that satisfies <paramref name="match"/>.</summary>
    public Task<T> WaitForAsync(Func<T, bool> match, int from = 0)
    {
        lock (_values)
        {
            for (var i = from; i < _values.Count; i++)
            {
                if (match(_values[i]))
                {
                    return Task.FromResult(_values[i]);
                }
            }

            var waiter = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((from, match, waiter));
            return WaitAsync(waiter.Task);
        }
    }

    private async Task<T> WaitAsync(Task<T> task)
    {
        try
        {
            return await task.WaitAsync(PrivateBusDaemon.Patience);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"Nothing matched within {PrivateBusDaemon.Patience.TotalSeconds} s; received: {string.Join(" | ", Values.TakeLast(20))}", ex);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> values have arrived.</summary>
    public async Task<IReadOnlyList<T>> WaitForCountAsync(int count)
    {
        await WaitForAsync(_ => Count >= count);
        return Values;
    }

    public void OnNext(T value)
    {
        lock (_values)
        {
            _values.Add(value);
            foreach (var waiter in _waiters.ToArray())
            {
                if (_values.Count - 1 >= waiter.From && waiter.Match(value))
                {
                    _waiters.Remove(waiter);
                    waiter.Waiter.TrySetResult(value);
                }
            }
        }
    }

    public void OnError(Exception error)
    {
        lock (_values)
        {
            foreach (var waiter in _waiters)
            {
                waiter.Waiter.TrySetException(error);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void Dispose() => _subscription.Dispose();
}
