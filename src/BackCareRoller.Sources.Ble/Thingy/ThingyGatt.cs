using BackCareRoller.Sources.Ble.Bluetooth;

namespace BackCareRoller.Sources.Ble.Thingy;

/// <summary>
/// Nordic Thingy:52 GATT identifiers: 16-bit numbers on the base UUID <c>EF68xxxx-9B35-4933-9B10-52FFA9740042</c>
/// (Nordic Thingy:52 firmware v2.2.0 documentation, "Firmware architecture — BLE services"; ble_tms.c).
/// </summary>
public static class ThingyGatt
{
    /// <summary>Gets the Thingy configuration service (0x0100), the UUID a Thingy advertises.</summary>
    public static BluetoothUuid ConfigurationService { get; } = FromShort(0x0100);

    /// <summary>Gets the motion service (0x0400).</summary>
    public static BluetoothUuid MotionService { get; } = FromShort(0x0400);

    /// <summary>Gets the motion configuration characteristic (0x0401, read/write, 9 bytes).</summary>
    public static BluetoothUuid MotionConfiguration { get; } = FromShort(0x0401);

    /// <summary>Gets the raw data characteristic (0x0406, notify, 18 bytes: accelerometer, gyroscope, compass).</summary>
    public static BluetoothUuid RawData { get; } = FromShort(0x0406);

    private static BluetoothUuid FromShort(ushort id) => BluetoothUuid.Parse($"ef68{id:x4}-9b35-4933-9b10-52ffa9740042");
}
