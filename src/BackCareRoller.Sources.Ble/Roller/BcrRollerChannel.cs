using BackCareRoller.Core.Samples;
using BackCareRoller.Protocol;
using BackCareRoller.Protocol.Configuration;
using BackCareRoller.Protocol.Control;
using BackCareRoller.Protocol.Status;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>
/// A session with a BackCareRoller over its GATT service (SPEC.md sections 3–7): reads and checks the configuration,
/// enables IMU notifications and control-point indications, and sends commands one at a time, each answered by an
/// indication carrying its opcode and token within 1 s (one retry with a new token, SPEC.md 6.1).
/// </summary>
internal sealed class BcrRollerChannel : IRollerChannel
{
    private readonly IGattCharacteristic _imu;
    private readonly IGattCharacteristic _control;
    private readonly IGattCharacteristic? _status;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _commandLock = new(1, 1);
    private readonly Lock _gate = new();
    private (ControlOpcode Opcode, byte Token, TaskCompletionSource<ControlResponse> Waiter)? _pending;
    private byte _token;

    private BcrRollerChannel(IGattCharacteristic imu, IGattCharacteristic control, IGattCharacteristic? status, DeviceConfiguration configuration, TimeProvider time)
    {
        _imu = imu;
        _control = control;
        _status = status;
        _time = time;
        Configuration = configuration;
    }

    public event PacketHandler? PacketReceived;

    public RollerKind Kind => RollerKind.BackCareRoller;

    public RollerMount Mount => Configuration.HasKnownAxisConvention ? RollerMount.FirmwareAxis : RollerMount.UnknownMount;

    public DeviceConfiguration Configuration { get; }

    public byte? BatteryPercent { get; private set; }

    /// <summary>Gets the latest status the roller reported, if any.</summary>
    public DeviceStatus? Status { get; private set; }

    /// <summary>Opens the roller's service on a connected device.</summary>
    /// <exception cref="RollerException">The device lacks the service or a characteristic, or speaks another protocol major.</exception>
    public static async Task<BcrRollerChannel> OpenAsync(IBluetoothDevice device, IGattService service, TimeProvider time, CancellationToken cancellationToken)
    {
        var imu = await RequireAsync(service, RollerGatt.ImuData, "IMU data", cancellationToken).ConfigureAwait(false);
        var configurationCharacteristic = await RequireAsync(service, RollerGatt.Configuration, "configuration", cancellationToken).ConfigureAwait(false);
        var control = await RequireAsync(service, RollerGatt.ControlPoint, "control point", cancellationToken).ConfigureAwait(false);
        var status = await service.GetCharacteristicAsync(RollerGatt.Status, cancellationToken).ConfigureAwait(false);

        // SPEC.md 5.1: the host refuses a device whose configuration does not decode, and says why.
        var value = await configurationCharacteristic.ReadValueAsync(cancellationToken).ConfigureAwait(false);
        var decoded = DeviceConfiguration.TryDecode(value, out var configuration);
        if (decoded == DecodeStatus.UnsupportedVersion)
        {
            throw new RollerException($"This roller uses protocol {(value.Length > 1 ? $"{value[0]}.{value[1]}" : "?")}; this app speaks {PacketLayout.ProtocolVersionMajor}.{PacketLayout.ProtocolVersionMinor}. Update the app.") { IsPermanent = true };
        }

        if (decoded != DecodeStatus.Ok)
        {
            throw new RollerException($"The roller's configuration is unreadable ({decoded}, {value.Length} bytes).");
        }

        var channel = new BcrRollerChannel(imu, control, status, configuration, time);
        await channel.SubscribeAsync(cancellationToken).ConfigureAwait(false);
        channel.BatteryPercent = await ReadBatteryAsync(device, cancellationToken).ConfigureAwait(false) ?? channel.BatteryPercent;
        return channel;
    }

    public async Task StartStreamingAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(ControlOpcode.StartStreaming, ControlCommand.StartStreaming, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw new RollerException($"The roller refused to start streaming ({response.Result}).");
        }
    }

    public async Task<bool> PulseAsync(HapticPattern pattern, CancellationToken cancellationToken)
    {
        if ((Configuration.Capabilities & DeviceCapabilities.Haptic) == 0)
        {
            return false;
        }

        var response = await SendAsync(ControlOpcode.HapticPulse, token => ControlCommand.HapticPulse(token, pattern), cancellationToken).ConfigureAwait(false);
        return response.IsSuccess;
    }

    /// <summary>Sends one command and waits for its response indication.</summary>
    /// <exception cref="RollerException">The roller did not answer twice in a row.</exception>
    public async Task<ControlResponse> SendAsync(ControlOpcode opcode, Func<byte, ControlCommand> build, CancellationToken cancellationToken)
    {
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var token = ++_token;
                var bytes = new byte[PacketLayout.CommandMaxSize];
                if (!build(token).TryWrite(bytes, out var written))
                {
                    throw new ArgumentException($"The {opcode} command has out-of-range parameters.", nameof(build));
                }

                // Register before writing: the indication may arrive before the write's response.
                var waiter = new TaskCompletionSource<ControlResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
                lock (_gate)
                {
                    _pending = (opcode, token, waiter);
                }

                var answered = waiter.Task.WaitAsync(TimeSpan.FromMilliseconds(PacketLayout.CommandTimeoutMs), _time, cancellationToken);
                await _control.WriteValueWithResponseAsync(bytes.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
                try
                {
                    return await answered.ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // SPEC.md 6.1: retry once with a new token, then report the roller as not responding.
                }
            }

            throw new RollerException($"The roller did not answer the {opcode} command.");
        }
        finally
        {
            lock (_gate)
            {
                _pending = null;
            }

            _commandLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _imu.CharacteristicValueChanged -= OnImuValue;
        _control.CharacteristicValueChanged -= OnControlValue;
        if (_status is not null)
        {
            _status.CharacteristicValueChanged -= OnStatusValue;
        }

        lock (_gate)
        {
            _pending?.Waiter.TrySetException(new RollerException("The roller session ended."));
        }

        // Best effort: the link may already be gone, and the device stops streaming on disconnection anyway.
        try
        {
            await _imu.StopNotificationsAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (BluetoothException)
        {
        }

        _commandLock.Dispose();
    }

    private static async Task<IGattCharacteristic> RequireAsync(IGattService service, BluetoothUuid uuid, string what, CancellationToken cancellationToken) =>
        await service.GetCharacteristicAsync(uuid, cancellationToken).ConfigureAwait(false)
        ?? throw new RollerException($"The roller has no {what} characteristic ({uuid}); its firmware does not follow SPEC.md.");

    private static async Task<byte?> ReadBatteryAsync(IBluetoothDevice device, CancellationToken cancellationToken)
    {
        // bluetoothd claims the Battery service for org.bluez.Battery1; other stacks expose the characteristic.
        if (device is IReportsBattery { BatteryPercentage: { } percentage })
        {
            return percentage;
        }

        var service = await device.Gatt.GetPrimaryServiceAsync(RollerGatt.BatteryService, cancellationToken).ConfigureAwait(false);
        var level = service is null ? null : await service.GetCharacteristicAsync(RollerGatt.BatteryLevel, cancellationToken).ConfigureAwait(false);
        if (level is null)
        {
            return null;
        }

        var value = await level.ReadValueAsync(cancellationToken).ConfigureAwait(false);
        return value.Length >= 1 && value[0] <= 100 ? value[0] : null;
    }

    private async Task SubscribeAsync(CancellationToken cancellationToken)
    {
        _control.CharacteristicValueChanged += OnControlValue;
        await _control.StartNotificationsAsync(cancellationToken).ConfigureAwait(false);
        _imu.CharacteristicValueChanged += OnImuValue;
        await _imu.StartNotificationsAsync(cancellationToken).ConfigureAwait(false);
        if (_status is not null)
        {
            _status.CharacteristicValueChanged += OnStatusValue;
            await _status.StartNotificationsAsync(cancellationToken).ConfigureAwait(false);
            OnStatus(await _status.ReadValueAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    private void OnImuValue(object? sender, GattCharacteristicValueChangedEventArgs e) => PacketReceived?.Invoke(e.Value);

    private void OnControlValue(object? sender, GattCharacteristicValueChangedEventArgs e)
    {
        if (ControlResponse.TryDecode(e.Value, out var response) != DecodeStatus.Ok)
        {
            return;
        }

        lock (_gate)
        {
            if (_pending is { } pending && pending.Opcode == response.RequestOpcode && pending.Token == response.Token)
            {
                pending.Waiter.TrySetResult(response);
            }
        }
    }

    private void OnStatusValue(object? sender, GattCharacteristicValueChangedEventArgs e) => OnStatus(e.Value);

    private void OnStatus(byte[] value)
    {
        if (DeviceStatus.TryDecode(value, out var status) == DecodeStatus.Ok)
        {
            Status = status;
            if (status.IsBatteryKnown)
            {
                BatteryPercent = status.BatteryPercent;
            }
        }
    }
}
