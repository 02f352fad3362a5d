using System.Diagnostics.Metrics;

namespace BackCareRoller.Hosting.Telemetry;

/// <summary>
/// The live service's instruments (meter <c>BackCareRoller.Live</c>): samples received and dropped (packet loss),
/// malformed messages, alert latency, active sessions. Read them with <c>dotnet-counters monitor -n backcare
/// --counters BackCareRoller.Live</c> or any OpenTelemetry exporter.
/// </summary>
public sealed class LiveMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "BackCareRoller.Live";

    private readonly Counter<long> _samplesReceived;
    private readonly Counter<long> _samplesDropped;
    private readonly Counter<long> _messagesMalformed;
    private readonly Histogram<double> _alertLatency;
    private readonly UpDownCounter<long> _sessionsActive;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    /// <param name="meterFactory">The host's meter factory.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meterFactory"/> is null.</exception>
    public LiveMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _samplesReceived = meter.CreateCounter<long>("backcare.samples.received", "{sample}", "Samples received from all sensors; its rate is samples/s.");
        _samplesDropped = meter.CreateCounter<long>("backcare.samples.dropped", "{sample}", "Samples refused or lost (limits, clock running backwards, missing Sensor Logger messages).");
        _messagesMalformed = meter.CreateCounter<long>("backcare.messages.malformed", "{message}", "Sensor messages that could not be read.");
        _alertLatency = meter.CreateHistogram<double>("backcare.alert.latency", "ms", "From the arrival of the sample that triggered an alert to the alert being sent.");
        _sessionsActive = meter.CreateUpDownCounter<long>("backcare.sessions.active", "{session}", "Live sessions running.");
    }

    /// <summary>Counts received samples.</summary>
    /// <param name="count">How many.</param>
    public void SamplesReceived(long count) => _samplesReceived.Add(count);

    /// <summary>Counts dropped samples.</summary>
    /// <param name="count">How many.</param>
    public void SamplesDropped(long count) => _samplesDropped.Add(count);

    /// <summary>Counts a malformed message.</summary>
    public void MessageMalformed() => _messagesMalformed.Add(1);

    /// <summary>Records one alert's latency.</summary>
    /// <param name="latency">Sample arrival to alert sent.</param>
    public void AlertLatency(TimeSpan latency) => _alertLatency.Record(latency.TotalMilliseconds);

    /// <summary>Counts a session starting (+1) or ending (-1).</summary>
    /// <param name="delta">+1 or -1.</param>
    public void SessionsActive(long delta) => _sessionsActive.Add(delta);
}
