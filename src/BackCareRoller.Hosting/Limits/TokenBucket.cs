namespace BackCareRoller.Hosting.Limits;

/// <summary>
/// A token bucket on an injected <see cref="TimeProvider"/>: refills at a steady rate up to a burst size.
/// Used per sensor connection for messages and samples per second. Not thread-safe: one per connection.
/// </summary>
public sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly double _ratePerSecond;
    private readonly double _burst;
    private double _tokens;
    private long _lastTimestamp;

    /// <summary>Creates a full bucket.</summary>
    /// <param name="ratePerSecond">Tokens added per second, above 0.</param>
    /// <param name="burst">Capacity, at least 1.</param>
    /// <param name="time">The clock.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate or burst out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="time"/> is null.</exception>
    public TokenBucket(double ratePerSecond, double burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        ArgumentNullException.ThrowIfNull(time);
        _ratePerSecond = ratePerSecond;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _lastTimestamp = time.GetTimestamp();
    }

    /// <summary>Takes <paramref name="count"/> tokens if the bucket holds them.</summary>
    /// <param name="count">Tokens wanted.</param>
    /// <returns>False (and nothing taken) when over the limit.</returns>
    public bool TryTake(double count)
    {
        // Refill for the time since the last call, capped at the burst.
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastTimestamp, now).TotalSeconds;
        _lastTimestamp = now;
        _tokens = Math.Min(_burst, _tokens + (elapsed * _ratePerSecond));
        if (_tokens < count)
        {
            return false;
        }

        _tokens -= count;
        return true;
    }
}
