namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A remote LE device (Web Bluetooth <c>BluetoothDevice</c>).</summary>
public interface IBluetoothDevice
{
    /// <summary>Raised when the GATT connection ends for any reason: link loss, the device vanishing, the adapter going off.</summary>
    event EventHandler? GattServerDisconnected;

    /// <summary>Gets the stable device id (its address on Linux).</summary>
    string Id { get; }

    /// <summary>Gets the device name, if known.</summary>
    string? Name { get; }

    /// <summary>Gets the last received signal strength in dBm, if measured.</summary>
    short? Rssi { get; }

    /// <summary>Gets the device's GATT server.</summary>
    IRemoteGattServer Gatt { get; }
}
