using BackCareRoller.Protocol;
using BackCareRoller.Sources.Ble.Bluetooth;
using BackCareRoller.Sources.Ble.Thingy;

namespace BackCareRoller.Sources.Ble.Roller;

/// <summary>The GATT identifiers the roller link uses (SPEC.md sections 3 and 10), as Bluetooth UUIDs.</summary>
public static class RollerGatt
{
    /// <summary>Gets the BackCareRoller service.</summary>
    public static BluetoothUuid Service { get; } = BluetoothUuid.Parse(PacketLayout.ServiceUuid);

    /// <summary>Gets the IMU data characteristic (notify).</summary>
    public static BluetoothUuid ImuData { get; } = BluetoothUuid.Parse(PacketLayout.ImuDataUuid);

    /// <summary>Gets the device configuration characteristic (read).</summary>
    public static BluetoothUuid Configuration { get; } = BluetoothUuid.Parse(PacketLayout.ConfigurationUuid);

    /// <summary>Gets the control point characteristic (write with response, indicate).</summary>
    public static BluetoothUuid ControlPoint { get; } = BluetoothUuid.Parse(PacketLayout.ControlPointUuid);

    /// <summary>Gets the status characteristic (read, notify).</summary>
    public static BluetoothUuid Status { get; } = BluetoothUuid.Parse(PacketLayout.StatusUuid);

    /// <summary>Gets the Battery service.</summary>
    public static BluetoothUuid BatteryService { get; } = BluetoothUuid.FromShortId(PacketLayout.BatteryServiceUuid);

    /// <summary>Gets the Battery Level characteristic.</summary>
    public static BluetoothUuid BatteryLevel { get; } = BluetoothUuid.FromShortId(PacketLayout.BatteryLevelUuid);

    /// <summary>Gets the scan options that find BackCareRollers and Thingy:52s.</summary>
    public static RequestDeviceOptions AnyRoller { get; } = new()
    {
        Filters =
        [
            new BluetoothLEScanFilter { Services = [Service] },
            new BluetoothLEScanFilter { Services = [ThingyGatt.ConfigurationService] },
        ],
        OptionalServices = [BatteryService, ThingyGatt.MotionService],
    };

    /// <summary>Returns the kind of roller a scan result is, from its advertised services.</summary>
    /// <param name="services">Advertised service UUIDs.</param>
    /// <returns>The kind, or null if it is neither.</returns>
    public static RollerKind? KindOf(IReadOnlyCollection<BluetoothUuid> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.Contains(Service) ? RollerKind.BackCareRoller
            : services.Contains(ThingyGatt.ConfigurationService) || services.Contains(ThingyGatt.MotionService) ? RollerKind.Thingy52
            : null;
    }
}
