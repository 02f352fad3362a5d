using BackCareRoller.DBus.Values;
using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>A bluetoothd GATT service object (<c>org.bluez.GattService1</c>).</summary>
internal sealed class BlueZGattService(BlueZDevice device, ObjectPath path, BluetoothUuid uuid) : IGattService
{
    public BluetoothUuid Uuid { get; } = uuid;

    public IBluetoothDevice Device => device;

    public ObjectPath Path { get; } = path;

    public Task<IGattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default) =>
        Task.FromResult<IGattCharacteristic?>(Characteristics().FirstOrDefault(c => c.Uuid == characteristic));

    public Task<IReadOnlyList<IGattCharacteristic>> GetCharacteristicsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IGattCharacteristic>>(Characteristics().ToArray());

    private IEnumerable<BlueZGattCharacteristic> Characteristics()
    {
        var cache = device.Bluetooth.Cache;
        foreach (var characteristic in cache.PathsWith(BlueZNames.GattCharacteristic, Path))
        {
            if (cache.TryGet<string>(characteristic, BlueZNames.GattCharacteristic, "UUID", out var text) && BluetoothUuid.TryParse(text, out var uuid))
            {
                yield return new BlueZGattCharacteristic(this, device.Bluetooth, characteristic, uuid);
            }
        }
    }
}
