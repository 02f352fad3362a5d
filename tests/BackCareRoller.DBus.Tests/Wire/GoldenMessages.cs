using System.Text.Json;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Wire;

/// <summary>
/// Messages marshalled by GLib's GDBusMessage (TestData/generate_golden.py), with the values they must decode to.
/// GLib is an independent implementation, so these pin our unmarshalling (and body marshalling) to the real format.
/// </summary>
internal static class GoldenMessages
{
    private static readonly ObjectPath CharacteristicPath = ObjectPath.Parse("/org/bluez/hci0/dev_AA_BB_CC_DD_EE_FF/service000a/char000b");

    public static TheoryData<string> Names => new(Load().Keys);

    public static byte[] Bytes(string name) => Convert.FromHexString(Load()[name]);

    public static DBusMessage Expected(string name) => name.Replace("_big_endian", string.Empty, StringComparison.Ordinal) switch
    {
        "hello_call" => DBusMessage.CreateMethodCall("org.freedesktop.DBus", ObjectPath.Parse("/org/freedesktop/DBus"), "org.freedesktop.DBus", "Hello"),
        "characteristic_value_signal" => Signal(CharacteristicPath, "org.freedesktop.DBus.Properties", "PropertiesChanged", ":1.7",
            "org.bluez.GattCharacteristic1",
            DBusDictionary.StringVariants([new("Value", new byte[] { 0x11, 0x00, 0x34, 0x12, 0x78, 0x56, 0x34, 0x12, 0xff, 0x7f, 0x00, 0x80 })]),
            DBusArray.OfStrings([])),
        "managed_objects_reply" => new DBusMessage(
            DBusMessageType.MethodReturn, DBusMessageFlags.NoReplyExpected, 6, null, null, null, null, 5, ":1.9", ":1.7",
            DBusSignature.Parse("a{oa{sa{sv}}}"),
            [new DBusDictionary(DBusSignature.Parse("o"), DBusSignature.Parse("a{sa{sv}}"),
            [
                new(ObjectPath.Parse("/org/bluez/hci0"), new DBusDictionary(DBusSignature.Parse("s"), DBusSignature.Parse("a{sv}"),
                [
                    new("org.bluez.Adapter1", DBusDictionary.StringVariants([new("Powered", true), new("Address", "00:01:02:03:04:05"), new("Class", 268u)])),
                ])),
            ])]),
        "error_reply" => new DBusMessage(
            DBusMessageType.Error, DBusMessageFlags.NoReplyExpected, 7, null, null, null, "org.bluez.Error.Failed", 5, null, ":1.7",
            DBusSignature.Parse("s"), ["le-connection-abort-by-local"]),
        "every_basic_type_signal" => Signal(ObjectPath.Parse("/com/example/Types"), "com.example.Types", "Everything", ":1.3",
            (byte)0xfe, true, (short)-2, (ushort)0xfffe, -200000, 4000000000u, -(1L << 40), (1UL << 63) + 5, -1.5,
            "grüße", ObjectPath.Parse("/a/b_c/d1"), DBusSignature.Parse("a{sv}"), new DBusStruct(7, (short)-7),
            new DBusArray(DBusSignature.Parse("v"),
            [
                new DBusVariant((ushort)513), new DBusVariant(DBusArray.OfStrings(["x", string.Empty])), new DBusVariant(new DBusVariant((byte)9)),
            ])),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No expected message for this golden vector."),
    };

    private static DBusMessage Signal(ObjectPath path, string @interface, string member, string sender, params object[] body)
    {
        var unsent = DBusMessage.CreateSignal(path, @interface, member, body);
        return new DBusMessage(DBusMessageType.Signal, unsent.Flags, 0, path, @interface, member, null, null, null, sender, unsent.Signature, unsent.Body);
    }

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "golden-messages.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("hex").GetString()!);
    }
}
