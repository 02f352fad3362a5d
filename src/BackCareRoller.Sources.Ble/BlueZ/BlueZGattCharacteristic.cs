using BackCareRoller.DBus.Values;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>
/// A bluetoothd GATT characteristic (<c>org.bluez.GattCharacteristic1</c>). Notifications arrive as
/// <c>PropertiesChanged</c> of <c>Value</c>, after <c>StartNotify</c>; bluetoothd also reports read values that way.
/// </summary>
internal sealed class BlueZGattCharacteristic : IGattCharacteristic
{
    private static readonly DBusDictionary NoOptions = DBusDictionary.StringVariants([]);
    private static readonly DBusDictionary WriteRequest = DBusDictionary.StringVariants([new("type", "request")]);
    private static readonly DBusDictionary WriteCommand = DBusDictionary.StringVariants([new("type", "command")]);

    private readonly BlueZBluetooth _bluetooth;
    private readonly Lock _gate = new();
    private EventHandler<GattCharacteristicValueChangedEventArgs>? _valueChanged;

    public BlueZGattCharacteristic(IGattService service, BlueZBluetooth bluetooth, ObjectPath path, BluetoothUuid uuid)
    {
        Service = service;
        _bluetooth = bluetooth;
        Path = path;
        Uuid = uuid;
    }

    public event EventHandler<GattCharacteristicValueChangedEventArgs>? CharacteristicValueChanged
    {
        add
        {
            lock (_gate)
            {
                // Listen to the cache only while someone listens here, so short-lived wrappers leave nothing behind.
                if (_valueChanged is null)
                {
                    _bluetooth.Cache.PropertiesUpdated += OnPropertiesUpdated;
                }

                _valueChanged += value;
            }
        }

        remove
        {
            lock (_gate)
            {
                _valueChanged -= value;
                if (_valueChanged is null)
                {
                    _bluetooth.Cache.PropertiesUpdated -= OnPropertiesUpdated;
                }
            }
        }
    }

    public BluetoothUuid Uuid { get; }

    public IGattService Service { get; }

    public ObjectPath Path { get; }

    public GattCharacteristicProperties Properties =>
        _bluetooth.Cache.TryGet<DBusArray>(Path, BlueZNames.GattCharacteristic, "Flags", out var flags)
            ? flags.Items.OfType<string>().Aggregate(GattCharacteristicProperties.None, (all, flag) => all | FromFlag(flag))
            : GattCharacteristicProperties.None;

    public async Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default)
    {
        var reply = await BlueZCalls.CallAsync(_bluetooth.Connection, Path, BlueZNames.GattCharacteristic, "ReadValue", cancellationToken, NoOptions).ConfigureAwait(false);
        return reply.Body.Count == 1 && reply.Body[0] is byte[] value
            ? value
            : throw new BluetoothException($"ReadValue of {Uuid} returned ({reply.Signature}), not a byte array.");
    }

    public Task WriteValueWithResponseAsync(ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
        BlueZCalls.CallAsync(_bluetooth.Connection, Path, BlueZNames.GattCharacteristic, "WriteValue", cancellationToken, value.ToArray(), WriteRequest);

    public Task WriteValueWithoutResponseAsync(ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default) =>
        BlueZCalls.CallAsync(_bluetooth.Connection, Path, BlueZNames.GattCharacteristic, "WriteValue", cancellationToken, value.ToArray(), WriteCommand);

    public Task StartNotificationsAsync(CancellationToken cancellationToken = default) =>
        BlueZCalls.CallAsync(_bluetooth.Connection, Path, BlueZNames.GattCharacteristic, "StartNotify", cancellationToken);

    public Task StopNotificationsAsync(CancellationToken cancellationToken = default) =>
        BlueZCalls.CallIgnoringAsync(_bluetooth.Connection, Path, BlueZNames.GattCharacteristic, "StopNotify", [BlueZNames.ErrorNotConnected, "org.bluez.Error.Failed"], cancellationToken);

    private static GattCharacteristicProperties FromFlag(string flag) => flag switch
    {
        "broadcast" => GattCharacteristicProperties.Broadcast,
        "read" => GattCharacteristicProperties.Read,
        "write-without-response" => GattCharacteristicProperties.WriteWithoutResponse,
        "write" => GattCharacteristicProperties.Write,
        "notify" => GattCharacteristicProperties.Notify,
        "indicate" => GattCharacteristicProperties.Indicate,
        "authenticated-signed-writes" => GattCharacteristicProperties.AuthenticatedSignedWrites,
        "extended-properties" => GattCharacteristicProperties.ExtendedProperties,
        _ => GattCharacteristicProperties.None,
    };

    private void OnPropertiesUpdated(ObjectPath path, string @interface, IReadOnlyDictionary<string, object> changed)
    {
        if (path == Path && @interface == BlueZNames.GattCharacteristic && changed.TryGetValue("Value", out var value) && value is byte[] bytes)
        {
            _valueChanged?.Invoke(this, new GattCharacteristicValueChangedEventArgs(bytes));
        }
    }
}
