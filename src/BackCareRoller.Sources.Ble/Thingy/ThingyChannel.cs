using BackCareRoller.Core.Samples;
using BackCareRoller.Protocol;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;
using BackCareRoller.Protocol.Imu;
using BackCareRoller.Sources.Ble.Bluetooth;
using BackCareRoller.Sources.Ble.Roller;

namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>
/// A session with a Nordic Thingy:52 strapped to a roller: sets the motion processing frequency, enables raw data
/// notifications, and re-encodes each 18-byte raw value as a one-sample BackCareRoller IMU packet with a synthetic
/// sequence and device clock (<see cref="ThingyClock"/>), so the roller reassembler maps it to session time.
/// The mount is unknown (DESIGN.md section 2): the pipeline estimates the roll axis from the gyroscope.
/// </summary>
internal sealed class ThingyChannel : IRollerChannel
{
    private readonly IGattCharacteristic _raw;
    private readonly Func<TimeSpan> _clock;
    private readonly ThingyClockSettings _clockSettings = new();
    private readonly byte[] _packet = new byte[ImuPacket.PacketSize(1)];
    private readonly RawImuSample[] _sample = new RawImuSample[1];
    private readonly double _periodMicroseconds;
    private ThingyClockState _clockState = ThingyClockState.Initial;
    private ushort _sequence;

    private ThingyChannel(IGattCharacteristic raw, DeviceConfiguration configuration, byte? battery, Func<TimeSpan> clock)
    {
        _raw = raw;
        _clock = clock;
        Configuration = configuration;
        BatteryPercent = battery;
        _periodMicroseconds = 1e6 / configuration.SampleRateHz;
    }

    public event PacketHandler? PacketReceived;

    public RollerKind Kind => RollerKind.Thingy52;

    public RollerMount Mount => RollerMount.UnknownMount;

    public DeviceConfiguration Configuration { get; }

    public byte? BatteryPercent { get; }

    /// <summary>Gets the number of raw values too short to decode.</summary>
    public long MalformedValues { get; private set; }

    /// <summary>Opens the motion service, setting the raw data rate to <paramref name="sampleRateHz"/> (clamped to 5–200 Hz).</summary>
    /// <exception cref="RollerException">A characteristic is missing or the configuration is unreadable.</exception>
    public static async Task<ThingyChannel> OpenAsync(IBluetoothDevice device, IGattService motion, int sampleRateHz, Func<TimeSpan> clock, CancellationToken cancellationToken)
    {
        var raw = await motion.GetCharacteristicAsync(ThingyGatt.RawData, cancellationToken).ConfigureAwait(false)
            ?? throw new RollerException("The Thingy:52 has no raw data characteristic; its firmware is not the stock one.");
        var configurationCharacteristic = await motion.GetCharacteristicAsync(ThingyGatt.MotionConfiguration, cancellationToken).ConfigureAwait(false)
            ?? throw new RollerException("The Thingy:52 has no motion configuration characteristic.");
        if (!ThingyMotionConfiguration.TryDecode(await configurationCharacteristic.ReadValueAsync(cancellationToken).ConfigureAwait(false), out var motionConfiguration))
        {
            throw new RollerException("The Thingy:52 motion configuration is unreadable.");
        }

        // The raw data notification rate is the motion processing frequency.
        var rate = (ushort)Math.Clamp(sampleRateHz, ThingyMotionConfiguration.MinMotionFrequencyHz, ThingyMotionConfiguration.MaxMotionFrequencyHz);
        if (motionConfiguration.MotionFrequencyHz != rate)
        {
            var bytes = new byte[ThingyMotionConfiguration.Size];
            (motionConfiguration with { MotionFrequencyHz = rate }).TryWrite(bytes, out _);
            await configurationCharacteristic.WriteValueWithResponseAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        var configuration = new DeviceConfiguration
        {
            ProtocolVersionMajor = PacketLayout.ProtocolVersionMajor,
            ProtocolVersionMinor = PacketLayout.ProtocolVersionMinor,
            SampleRateHz = rate,

            // The MPU-9250 runs at ±16 g and ±2000 °/s in the Thingy firmware; the scales are the Q formats'.
            AccelerometerFullScaleG = 16,
            GyroscopeFullScaleDps = 2000,
            AxisConvention = AxisConvention.Unknown,
            AccelerometerLsbScale = ThingyRawSample.AccelerometerLsbScale,
            GyroscopeLsbScale = ThingyRawSample.GyroscopeLsbScale,
        };
        var battery = device is IReportsBattery reports ? reports.BatteryPercentage : null;
        var channel = new ThingyChannel(raw, configuration, battery, clock);
        raw.CharacteristicValueChanged += channel.OnRawValue;
        return channel;
    }

    public Task StartStreamingAsync(CancellationToken cancellationToken) => _raw.StartNotificationsAsync(cancellationToken);

    public Task<bool> PulseAsync(HapticPattern pattern, CancellationToken cancellationToken) => Task.FromResult(false);

    public async ValueTask DisposeAsync()
    {
        _raw.CharacteristicValueChanged -= OnRawValue;
        try
        {
            await _raw.StopNotificationsAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (BluetoothException)
        {
            // The link may already be gone.
        }
    }

    private void OnRawValue(object? sender, GattCharacteristicValueChangedEventArgs e)
    {
        if (!ThingyRawSample.TryDecode(e.Value, out var raw))
        {
            // An empty packet is counted as malformed by the reassembler, like any undecodable notification.
            MalformedValues++;
            PacketReceived?.Invoke([]);
            return;
        }

        var arrival = _clock().TotalMicroseconds;
        var first = !_clockState.Started;
        _clockState = ThingyClock.Step(_clockState, arrival, _periodMicroseconds, _clockSettings, out var device, out var skipped);
        var flags = (first ? ImuPacketFlags.StreamStart : ImuPacketFlags.None) | (skipped > 0 ? ImuPacketFlags.Overrun : ImuPacketFlags.None);
        _sample[0] = raw.ToImuSample();

        // The device clock is a wrapping 32-bit µs counter on the wire, as a roller's is.
        ImuPacket.TryWrite(flags, _sequence++, unchecked((uint)(long)device), _sample, _packet, out var written);
        PacketReceived?.Invoke(_packet.AsSpan(0, written));
    }
}
