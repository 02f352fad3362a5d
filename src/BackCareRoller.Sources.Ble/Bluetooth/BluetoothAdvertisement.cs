namespace BackCareRoller.Sources.Ble.Bluetooth;

/// <summary>A device seen during a scan, with what it advertised.</summary>
/// <param name="Device">The device.</param>
/// <param name="Name">Its advertised or cached name, if any.</param>
/// <param name="Rssi">Received signal strength in dBm, if measured during this scan.</param>
/// <param name="Services">Advertised service UUIDs.</param>
public sealed record BluetoothAdvertisement(IBluetoothDevice Device, string? Name, short? Rssi, IReadOnlyList<BluetoothUuid> Services);
