namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>Which devices a scan or device request accepts, as in Web Bluetooth's <c>requestDevice</c>.</summary>
public sealed record RequestDeviceOptions
{
    /// <summary>Gets the filters; a device matching any one of them is accepted.</summary>
    public IReadOnlyList<BluetoothLEScanFilter> Filters { get; init; } = [];

    /// <summary>Gets a value indicating whether every device is accepted (filters are then ignored).</summary>
    public bool AcceptAllDevices { get; init; }

    /// <summary>Gets further services the caller will use but does not filter on.</summary>
    public IReadOnlyList<BluetoothUuid> OptionalServices { get; init; } = [];

    /// <summary>Gets the one device id accepted, or null for any (an addition to Web Bluetooth: finding a remembered device again).</summary>
    public string? DeviceId { get; init; }

    /// <summary>Returns whether a device matches these options.</summary>
    /// <param name="id">The device id.</param>
    /// <param name="name">The device name, if known.</param>
    /// <param name="services">The advertised service UUIDs.</param>
    /// <returns>Whether it is accepted.</returns>
    public bool Matches(string id, string? name, IReadOnlyCollection<BluetoothUuid> services) =>
        (DeviceId is null || string.Equals(DeviceId, id, StringComparison.OrdinalIgnoreCase))
        && (AcceptAllDevices || Filters.Any(filter => filter.Matches(name, services)));

    /// <summary>Returns the services named in any filter, for the radio-level discovery filter.</summary>
    /// <returns>Distinct service UUIDs.</returns>
    public IReadOnlyList<BluetoothUuid> FilterServices() => AcceptAllDevices ? [] : Filters.SelectMany(f => f.Services).Distinct().ToArray();
}
