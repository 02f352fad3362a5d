using System.Numerics;

namespace BackCareRoller.Sources.SensorLogger;

/// <summary>
/// Turns one phone's stream of Sensor Logger messages into IMU samples: restores message order by
/// <c>messageId</c> (holding up to <see cref="ReorderWindow"/> early messages while a gap may still fill),
/// and pairs each gyroscope reading with the latest acceleration. Acceleration must include gravity
/// (DESIGN.md section 2): <c>totalacceleration</c> is used as sent; otherwise Android's gravity-free
/// <c>accelerometer</c> gets the latest <c>gravity</c> added back.
/// </summary>
public sealed class SensorLoggerAssembler
{
    /// <summary>How many messages may be held waiting for a missing earlier one before it is declared lost.</summary>
    public const int ReorderWindow = 4;

    private readonly SortedDictionary<long, SensorLoggerMessage> _early = [];
    private readonly List<SensorLoggerReading> _ordered = [];
    private long? _nextMessageId;
    private long? _originNanoseconds;
    private long _lastNanoseconds = long.MinValue;
    private Vector3 _total;
    private Vector3 _userAcceleration;
    private Vector3 _gravity;
    private bool _hasTotal;
    private bool _hasUserAcceleration;
    private bool _hasGravity;

    /// <summary>Messages never received although later ones were (packet loss).</summary>
    public long MessagesLost { get; private set; }

    /// <summary>Messages that arrived after their place in the stream had passed, or twice; dropped.</summary>
    public long MessagesLate { get; private set; }

    /// <summary>Gyroscope readings dropped because no acceleration with gravity was known yet.</summary>
    public long ReadingsWithoutAcceleration { get; private set; }

    /// <summary>Accepts a message and appends every sample it completes, in time order, to <paramref name="samples"/>.</summary>
    /// <param name="message">The parsed message.</param>
    /// <param name="samples">Receives the new samples.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Accept(SensorLoggerMessage message, ICollection<SensorLoggerSample> samples)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(samples);

        // The first message fixes where the stream starts.
        _nextMessageId ??= message.MessageId;
        if (message.MessageId < _nextMessageId || _early.ContainsKey(message.MessageId))
        {
            MessagesLate++;
            return;
        }

        _early[message.MessageId] = message;
        Drain(samples);
    }

    private void Drain(ICollection<SensorLoggerSample> samples)
    {
        while (_early.Count > 0)
        {
            var first = _early.First();
            if (first.Key != _nextMessageId)
            {
                // A gap: wait for it to fill unless too many later messages are already waiting.
                if (_early.Count <= ReorderWindow)
                {
                    return;
                }

                MessagesLost += first.Key - _nextMessageId!.Value;
            }

            _early.Remove(first.Key);
            _nextMessageId = first.Key + 1;
            Process(first.Value, samples);
        }
    }

    private void Process(SensorLoggerMessage message, ICollection<SensorLoggerSample> samples)
    {
        // Streams interleave inside a message; walk its readings in time order.
        _ordered.Clear();
        _ordered.AddRange(message.Readings);
        _ordered.Sort(static (a, b) => a.TimeNanoseconds.CompareTo(b.TimeNanoseconds));
        foreach (var reading in _ordered)
        {
            switch (reading.Sensor)
            {
                case SensorLoggerSensor.TotalAcceleration:
                    (_total, _hasTotal) = (reading.Values, true);
                    break;
                case SensorLoggerSensor.Accelerometer:
                    (_userAcceleration, _hasUserAcceleration) = (reading.Values, true);
                    break;
                case SensorLoggerSensor.Gravity:
                    (_gravity, _hasGravity) = (reading.Values, true);
                    break;
                case SensorLoggerSensor.Gyroscope:
                    EmitAt(reading, samples);
                    break;
            }
        }
    }

    private void EmitAt(SensorLoggerReading gyroscope, ICollection<SensorLoggerSample> samples)
    {
        // Prefer the total acceleration; otherwise add gravity back to the gravity-free accelerometer.
        Vector3 acceleration;
        if (_hasTotal)
        {
            acceleration = _total;
        }
        else if (_hasUserAcceleration && _hasGravity)
        {
            acceleration = _userAcceleration + _gravity;
        }
        else
        {
            ReadingsWithoutAcceleration++;
            return;
        }

        if (gyroscope.TimeNanoseconds < _lastNanoseconds)
        {
            return;
        }

        _lastNanoseconds = gyroscope.TimeNanoseconds;
        _originNanoseconds ??= gyroscope.TimeNanoseconds;
        var deviceSeconds = (gyroscope.TimeNanoseconds - _originNanoseconds.Value) / 1e9;
        samples.Add(new SensorLoggerSample(deviceSeconds, acceleration, gyroscope.Values));
    }
}
