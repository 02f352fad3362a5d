namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>Which adapter the BlueZ backend uses and the clock behind its waits.</summary>
public sealed record BlueZOptions
{
    /// <summary>Gets the adapter name, such as <c>hci0</c>.</summary>
    /// <value>Default null: the first adapter bluetoothd reports.</value>
    public string? AdapterName { get; init; }

    /// <summary>Gets the clock for scan durations and D-Bus call timeouts.</summary>
    /// <value>Default <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
