using BackCareRoller.DBus.Values;

namespace BackCareRoller.Sources.Ble.BlueZ;

/// <summary>Bus name, interfaces and error names of bluetoothd's D-Bus API (bluez/doc/org.bluez.*.rst).</summary>
internal static class BlueZNames
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
    public const string Battery = "org.bluez.Battery1";

    public const string ErrorInProgress = "org.bluez.Error.InProgress";
    public const string ErrorAlreadyConnected = "org.bluez.Error.AlreadyConnected";
    public const string ErrorNotConnected = "org.bluez.Error.NotConnected";
    public const string ErrorNotReady = "org.bluez.Error.NotReady";
    public const string ErrorDoesNotExist = "org.bluez.Error.DoesNotExist";

    public static readonly ObjectPath Root = ObjectPath.Root;
    public static readonly ObjectPath Namespace = ObjectPath.Parse("/org/bluez");
}
