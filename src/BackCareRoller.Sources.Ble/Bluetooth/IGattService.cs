namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A GATT service of a connected device (Web Bluetooth <c>BluetoothRemoteGATTService</c>).</summary>
public interface IGattService
{
    /// <summary>Gets the service UUID.</summary>
    BluetoothUuid Uuid { get; }

    /// <summary>Gets the device the service belongs to.</summary>
    IBluetoothDevice Device { get; }

    /// <summary>Returns the characteristic with <paramref name="characteristic"/>, or null if the service has none.</summary>
    /// <param name="characteristic">Characteristic UUID.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The characteristic or null.</returns>
    Task<IGattCharacteristic?> GetCharacteristicAsync(BluetoothUuid characteristic, CancellationToken cancellationToken = default);

    /// <summary>Returns every characteristic of the service.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The characteristics.</returns>
    Task<IReadOnlyList<IGattCharacteristic>> GetCharacteristicsAsync(CancellationToken cancellationToken = default);
}
