namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A GATT characteristic (Web Bluetooth <c>BluetoothRemoteGATTCharacteristic</c>).</summary>
public interface IGattCharacteristic
{
    /// <summary>
    /// Raised for every notification or indication while notifications are started. Raised on the backend's
    /// receive thread: handlers must be quick and must not block on Bluetooth calls.
    /// </summary>
    event EventHandler<GattCharacteristicValueChangedEventArgs>? CharacteristicValueChanged;

    /// <summary>Gets the characteristic UUID.</summary>
    BluetoothUuid Uuid { get; }

    /// <summary>Gets the service it belongs to.</summary>
    IGattService Service { get; }

    /// <summary>Gets what the characteristic supports.</summary>
    GattCharacteristicProperties Properties { get; }

    /// <summary>Reads the value from the device.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The value.</returns>
    Task<byte[]> ReadValueAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the value and waits for the device's write response.</summary>
    /// <param name="value">The bytes.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the device acknowledged.</returns>
    Task WriteValueWithResponseAsync(ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Writes the value without waiting for an acknowledgement.</summary>
    /// <param name="value">The bytes.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the write was handed to the stack.</returns>
    Task WriteValueWithoutResponseAsync(ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default);

    /// <summary>Enables notifications or indications.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when they are enabled.</returns>
    Task StartNotificationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Disables notifications or indications.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when they are disabled.</returns>
    Task StopNotificationsAsync(CancellationToken cancellationToken = default);
}
