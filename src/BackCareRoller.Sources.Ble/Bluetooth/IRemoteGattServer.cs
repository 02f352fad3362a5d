namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>The GATT server of a remote device (Web Bluetooth <c>BluetoothRemoteGATTServer</c>).</summary>
public interface IRemoteGattServer
{
    /// <summary>Gets the device this server belongs to.</summary>
    IBluetoothDevice Device { get; }

    /// <summary>Gets a value indicating whether the link is up and the services are resolved.</summary>
    bool IsConnected { get; }

    /// <summary>Connects and waits until the device's services are discovered.</summary>
    /// <param name="cancellationToken">Abandons the attempt (the caller bounds it with a timeout).</param>
    /// <returns>A task that completes when the services can be used.</returns>
    Task ConnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Disconnects; <see cref="IBluetoothDevice.GattServerDisconnected"/> follows.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the request has been made.</returns>
    Task DisconnectAsync(CancellationToken cancellationToken = default);

    /// <summary>Returns the primary service with <paramref name="service"/>, or null if the device has none.</summary>
    /// <param name="service">Service UUID.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The service or null.</returns>
    Task<IGattService?> GetPrimaryServiceAsync(BluetoothUuid service, CancellationToken cancellationToken = default);

    /// <summary>Returns every primary service.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The services.</returns>
    Task<IReadOnlyList<IGattService>> GetPrimaryServicesAsync(CancellationToken cancellationToken = default);
}
