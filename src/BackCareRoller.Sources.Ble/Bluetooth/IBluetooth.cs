namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>
/// The local Bluetooth LE central, shaped like Web Bluetooth and InTheHand.BluetoothLE's <c>Bluetooth</c> class
/// (request a device by service filter, then GATT), so a backend for that library could be dropped in.
/// </summary>
public interface IBluetooth
{
    /// <summary>Raised when Bluetooth becomes usable or unusable (adapter power, Bluetooth service up or down).</summary>
    event EventHandler<bool>? AvailabilityChanged;

    /// <summary>Returns whether a powered adapter is present.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether Bluetooth can be used now.</returns>
    Task<bool> GetAvailabilityAsync(CancellationToken cancellationToken = default);

    /// <summary>Scans until the first device matching <paramref name="options"/> is seen.</summary>
    /// <param name="options">Which devices are accepted.</param>
    /// <param name="cancellationToken">Stops the scan (the caller bounds it with a timeout).</param>
    /// <returns>The device.</returns>
    Task<IBluetoothDevice> RequestDeviceAsync(RequestDeviceOptions options, CancellationToken cancellationToken = default);

    /// <summary>Scans for <paramref name="duration"/> and returns every matching device seen.</summary>
    /// <param name="options">Which devices are accepted.</param>
    /// <param name="duration">How long to scan.</param>
    /// <param name="cancellationToken">Stops the scan early.</param>
    /// <returns>The devices with their latest advertisement, strongest signal first.</returns>
    Task<IReadOnlyList<BluetoothAdvertisement>> ScanForDevicesAsync(RequestDeviceOptions options, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Returns a device the system already knows by its id (no scan), or null.</summary>
    /// <param name="id">The device id, such as its address <c>C8:4F:12:9E:1A:2B</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The device, or null when the system has no record of it.</returns>
    Task<IBluetoothDevice?> GetDeviceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Makes the system forget a device (its bonding and cache).</summary>
    /// <param name="id">The device id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Whether the device was known.</returns>
    Task<bool> ForgetDeviceAsync(string id, CancellationToken cancellationToken = default);
}
