using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Limits;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Sources.Live;
using BackCareRoller.Sources.SensorLogger;

namespace BackCareRoller.Web.SensorLogger;

/// <summary>One phone's Sensor Logger stream into one live session: message order, clock and rate limit.</summary>
internal sealed class SensorLoggerStream(LiveSession session, LiveSampleFeed feed, SensorRole role, TokenBucket messages)
{
    private readonly SensorLoggerAssembler _assembler = new();
    private readonly List<SensorLoggerSample> _assembled = [];
    private SensorClock _clock;

    public Lock Gate { get; } = new();

    public LiveSession Session => session;

    public SensorRole Role => role;

    public TokenBucket Messages => messages;

    /// <summary>Accepts a message; returns how many samples went into the session. Call under <see cref="Gate"/>.</summary>
    public int Accept(SensorLoggerMessage message)
    {
        var lostBefore = _assembler.MessagesLost;
        _assembled.Clear();
        _assembler.Accept(message, _assembled);
        if (_assembler.MessagesLost > lostBefore)
        {
            // A lost message held about as many samples as this one.
            session.CountDropped((_assembler.MessagesLost - lostBefore) * Math.Max(1, _assembled.Count));
        }

        if (_assembled.Count == 0)
        {
            return 0;
        }

        _clock.AnchorIfNeeded(_assembled[0].DeviceSeconds, _assembled[^1].DeviceSeconds, session.Elapsed);
        var samples = new ImuSample[_assembled.Count];
        var accepted = 0;
        foreach (var sample in _assembled)
        {
            if (_clock.TryMap(sample.DeviceSeconds, out var time))
            {
                samples[accepted++] = new ImuSample(time, role, sample.Acceleration, sample.AngularVelocity);
            }
        }

        if (accepted < samples.Length)
        {
            session.CountDropped(samples.Length - accepted);
        }

        return feed.Post(samples.AsSpan(0, accepted)) ? accepted : 0;
    }
}
