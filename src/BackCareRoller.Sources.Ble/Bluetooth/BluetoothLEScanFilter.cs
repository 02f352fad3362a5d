namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>One filter of a device request: a device matches when it satisfies every criterion given.</summary>
public sealed record BluetoothLEScanFilter
{
    /// <summary>Gets the services the device must advertise (all of them).</summary>
    public IReadOnlyList<BluetoothUuid> Services { get; init; } = [];

    /// <summary>Gets the exact name the device must have, or null.</summary>
    public string? Name { get; init; }

    /// <summary>Gets a prefix the device name must start with, or null.</summary>
    public string? NamePrefix { get; init; }

    /// <summary>Returns whether a device with <paramref name="name"/> advertising <paramref name="services"/> matches.</summary>
    /// <param name="name">The device name, if known.</param>
    /// <param name="services">The advertised service UUIDs.</param>
    /// <returns>Whether every criterion holds.</returns>
    public bool Matches(string? name, IReadOnlyCollection<BluetoothUuid> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Services.All(services.Contains)
            && (Name is null || string.Equals(Name, name, StringComparison.Ordinal))
            && (NamePrefix is null || (name is not null && name.StartsWith(NamePrefix, StringComparison.Ordinal)));
    }
}
