using BackCareRoller.Protocol.Clock;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Protocol.Samples;

namespace BackCareRoller.Protocol.Reassembly;

/// <summary>
/// Turns one device's IMU notifications into SI samples on the host clock (SPEC.md section 8): drops duplicates,
/// counts sequence gaps and missing samples, unwraps the 32-bit µs timestamp, and maps the device clock to host
/// time with its drift estimated online. One instance per device; not thread-safe; allocation-free per packet.
/// </summary>
public sealed class ImuStreamReassembler
{
    private const double TwoToThe32 = 4294967296.0;
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMillisecond / 1000;

    private readonly ReassemblySettings _settings;
    private readonly long _maxClockLeadMicroseconds;
    private readonly long _streamStartToleranceMicroseconds;
    private ClockFitState _clock;
    private SampleScale _scale;
    private double _samplePeriodMicroseconds;
    private double _samplesPerMicrosecond;

    // Stream position: what the next in-order packet looks like.
    private bool _hasPacket;
    private ushort _expectedSequence;
    private uint _lastTimestamp;
    private long _lastDeviceMicroseconds;
    private long _lastArrivalTicks;
    private int _lastSampleCount;
    private bool _hasStreamStart;
    private ushort _streamStartSequence;
    private uint _streamStartTimestamp;
    private long _lastOutputTicks;

    // Counters for Statistics.
    private long _packetsAccepted;
    private long _samplesAccepted;
    private long _malformedPackets;
    private DecodeStatus _lastMalformedStatus;
    private long _duplicatePackets;
    private long _lostPackets;
    private long _missingSamples;
    private long _overrunPackets;
    private long _saturatedPackets;
    private long _unknownFlagPackets;
    private long _streamRestarts;
    private long _clockResets;

    /// <summary>Initializes a new instance of the <see cref="ImuStreamReassembler"/> class for a device.</summary>
    /// <param name="configuration">The device's decoded configuration (sample rate and scales).</param>
    /// <param name="settings">Tuning; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public ImuStreamReassembler(DeviceConfiguration configuration, ReassemblySettings? settings = null)
    {
        _settings = settings ?? new ReassemblySettings();
        _settings.Validate();
        _maxClockLeadMicroseconds = _settings.MaxClockLead.Ticks / TicksPerMicrosecond;
        _streamStartToleranceMicroseconds = _settings.StreamStartClockTolerance.Ticks / TicksPerMicrosecond;
        _clock = ClockFit.Create(_settings);
        Reconfigure(configuration);
        Reset();
    }

    /// <summary>Gets the counters since creation or the last <see cref="Reset"/>.</summary>
    public ReassemblyStatistics Statistics => new(
        _packetsAccepted,
        _samplesAccepted,
        _malformedPackets,
        _lastMalformedStatus,
        _duplicatePackets,
        _lostPackets,
        _missingSamples,
        _overrunPackets,
        _saturatedPackets,
        _unknownFlagPackets,
        _streamRestarts,
        _clockResets,
        ClockFit.DriftPpm(in _clock));

    /// <summary>Applies a new configuration (after a sample rate change, which the device accepts only while stopped).</summary>
    /// <param name="configuration">The device's decoded configuration.</param>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is not valid.</exception>
    public void Reconfigure(DeviceConfiguration configuration)
    {
        if (configuration.Validate() != DecodeStatus.Ok)
        {
            throw new ArgumentException($"The device configuration is not valid ({configuration.Validate()}).", nameof(configuration));
        }

        _scale = SampleScale.From(configuration);
        _samplePeriodMicroseconds = 1e6 / configuration.SampleRateHz;
        _samplesPerMicrosecond = configuration.SampleRateHz * 1e-6;
    }

    /// <summary>Forgets the stream, the clock fit and the counters (a new session with the same device), keeping the buffers.</summary>
    public void Reset()
    {
        ClockFit.Reset(ref _clock);
        _hasPacket = false;
        _hasStreamStart = false;
        _lastOutputTicks = long.MinValue;
        _packetsAccepted = _samplesAccepted = _malformedPackets = _duplicatePackets = _lostPackets = 0;
        _missingSamples = _overrunPackets = _saturatedPackets = _unknownFlagPackets = _streamRestarts = _clockResets = 0;
        _lastMalformedStatus = DecodeStatus.Ok;
    }

    /// <summary>Reassembles one notification.</summary>
    /// <param name="packet">The IMU data characteristic value.</param>
    /// <param name="arrival">Host time the notification arrived (any monotonic host clock; non-decreasing).</param>
    /// <param name="destination">Receives the samples, in order; at least <see cref="PacketLayout.ImuMaxSamples"/> long.</param>
    /// <returns>What happened; malformed and duplicate packets write nothing.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="PacketLayout.ImuMaxSamples"/>.</exception>
    public ReassemblyResult Push(ReadOnlySpan<byte> packet, TimeSpan arrival, Span<DeviceSample> destination)
    {
        if (destination.Length < PacketLayout.ImuMaxSamples)
        {
            throw new ArgumentException($"The destination must hold {PacketLayout.ImuMaxSamples} samples.", nameof(destination));
        }

        var status = ImuPacket.TryDecode(packet, out var decoded);
        if (status != DecodeStatus.Ok)
        {
            _malformedPackets++;
            _lastMalformedStatus = status;
            return new ReassemblyResult(ReassemblyOutcome.Malformed, status, 0, 0, 0, false, false);
        }

        var streamStart = (decoded.Flags & ImuPacketFlags.StreamStart) != 0;
        var arrivalTicks = _hasPacket ? Math.Max(arrival.Ticks, _lastArrivalTicks) : arrival.Ticks;

        // Drop repeats: an old sequence number, or the same stream start again.
        var lostPackets = 0;
        if (_hasPacket && !streamStart)
        {
            var ahead = (ushort)(decoded.Sequence - _expectedSequence);
            if (ahead >= 0x8000)
            {
                return Duplicate();
            }

            lostPackets = ahead;
        }
        else if (streamStart && _hasStreamStart && decoded.Sequence == _streamStartSequence && decoded.TimestampMicroseconds == _streamStartTimestamp)
        {
            return Duplicate();
        }

        var deviceMicroseconds = UnwrapDeviceTime(decoded.TimestampMicroseconds, arrivalTicks, streamStart, out var clockReset);
        var missingSamples = 0;
        if (_hasPacket && !streamStart && !clockReset)
        {
            // Samples between the previous packet's last one and this packet's first, on the device clock.
            var gap = ((deviceMicroseconds - _lastDeviceMicroseconds) * _samplesPerMicrosecond) - _lastSampleCount;
            missingSamples = gap >= 0.5 ? (int)Math.Min(Math.Round(gap), int.MaxValue) : 0;
        }

        // A packet can leave only once its last sample exists, so that sample's device time pairs with the arrival.
        var count = decoded.SampleCount;
        var lastSampleMicroseconds = deviceMicroseconds + (long)(((count - 1) * _samplePeriodMicroseconds) + 0.5);
        ClockFit.Observe(ref _clock, _settings, lastSampleMicroseconds, arrivalTicks);
        WriteSamples(in decoded, deviceMicroseconds, destination);

        var restarted = streamStart && _hasPacket;
        UpdateStreamPosition(in decoded, deviceMicroseconds, arrivalTicks, streamStart);
        CountAccepted(decoded.Flags, decoded.HasUnknownFlags, count, lostPackets, missingSamples, restarted);
        return new ReassemblyResult(ReassemblyOutcome.Accepted, DecodeStatus.Ok, count, lostPackets, missingSamples, restarted, clockReset);
    }

    private ReassemblyResult Duplicate()
    {
        _duplicatePackets++;
        return new ReassemblyResult(ReassemblyOutcome.Duplicate, DecodeStatus.Ok, 0, 0, 0, false, false);
    }

    private long UnwrapDeviceTime(uint timestamp, long arrivalTicks, bool streamStart, out bool clockReset)
    {
        clockReset = false;
        if (!_hasPacket)
        {
            return timestamp;
        }

        // The 32-bit clock wraps every 71.6 min; the host's elapsed time says how many wraps fit between two packets.
        var hostElapsedMicroseconds = (arrivalTicks - _lastArrivalTicks) / TicksPerMicrosecond;
        var modularDelta = (uint)(timestamp - _lastTimestamp);
        var wraps = Math.Round((hostElapsedMicroseconds - (double)modularDelta) / TwoToThe32);
        var delta = modularDelta + (long)(wraps * TwoToThe32);

        // A device clock that steps back, leaps ahead of the host, or disagrees across a restart was reset (reboot).
        var lead = delta - hostElapsedMicroseconds;
        var continuous = delta >= 0 && lead <= _maxClockLeadMicroseconds;
        if (streamStart)
        {
            var tolerance = _streamStartToleranceMicroseconds + (hostElapsedMicroseconds * _settings.ClockMaxDriftPpm * 1e-6);
            continuous &= Math.Abs(lead) <= tolerance;
        }

        if (continuous)
        {
            return _lastDeviceMicroseconds + delta;
        }

        // Keep device time increasing for consumers, and fit the new clock from scratch.
        clockReset = true;
        _clockResets++;
        ClockFit.Reset(ref _clock);
        return _lastDeviceMicroseconds + Math.Max(1, hostElapsedMicroseconds);
    }

    private void WriteSamples(in ImuPacket decoded, long deviceMicroseconds, Span<DeviceSample> destination)
    {
        // Samples are evenly spaced on the device clock; the fit's slope converts that spacing to host ticks.
        var firstTicks = ClockFit.HostTicks(in _clock, deviceMicroseconds);
        var stepTicks = _samplePeriodMicroseconds * ClockFit.HostTicksPerDeviceMicrosecond(in _clock);
        for (var i = 0; i < decoded.SampleCount; i++)
        {
            // Never emit a time before the previous sample's, even when a refit moves the mapping back a little.
            var ticks = Math.Max((long)(firstTicks + (i * stepTicks)), _lastOutputTicks);
            _lastOutputTicks = ticks;
            var raw = decoded.GetSample(i);
            destination[i] = new DeviceSample(
                new TimeSpan(ticks),
                deviceMicroseconds + (long)((i * _samplePeriodMicroseconds) + 0.5),
                _scale.Acceleration(raw),
                _scale.AngularVelocity(raw));
        }
    }

    private void UpdateStreamPosition(in ImuPacket decoded, long deviceMicroseconds, long arrivalTicks, bool streamStart)
    {
        if (streamStart)
        {
            _hasStreamStart = true;
            _streamStartSequence = decoded.Sequence;
            _streamStartTimestamp = decoded.TimestampMicroseconds;
        }

        _hasPacket = true;
        _expectedSequence = (ushort)(decoded.Sequence + 1);
        _lastTimestamp = decoded.TimestampMicroseconds;
        _lastDeviceMicroseconds = deviceMicroseconds;
        _lastArrivalTicks = arrivalTicks;
        _lastSampleCount = decoded.SampleCount;
    }

    private void CountAccepted(ImuPacketFlags flags, bool unknownFlags, int count, int lostPackets, int missingSamples, bool restarted)
    {
        _packetsAccepted++;
        _samplesAccepted += count;
        _lostPackets += lostPackets;
        _missingSamples += missingSamples;
        _overrunPackets += (flags & ImuPacketFlags.Overrun) != 0 ? 1 : 0;
        _saturatedPackets += (flags & ImuPacketFlags.Saturated) != 0 ? 1 : 0;
        _unknownFlagPackets += unknownFlags ? 1 : 0;
        _streamRestarts += restarted ? 1 : 0;
    }
}
