using System.Collections.Concurrent;
using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Tests.Fixtures;
using BackCareRoller.DBus.Tests.Wire;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using FsCheck;
using FsCheck.Fluent;

namespace BackCareRoller.DBus.Tests.Connection;

/// <summary>
/// Cross-implementation check: random values travel to python-dbusmock (libdbus + dbus-python) and back through a
/// real daemon, which validates every message it routes. A marshalling error on either side changes the value.
/// </summary>
public sealed class EchoServiceProperties : IAsyncLifetime
{
    private const string EchoName = "com.example.Echo";
    private static readonly ObjectPath EchoPath = ObjectPath.Parse("/com/example/Echo");
    private readonly ConcurrentDictionary<string, string> _methods = new(StringComparer.Ordinal);
    private PrivateBusDaemon _bus = null!;
    private DBusConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _bus = await PrivateBusDaemon.StartAsync();
        _connection = await _bus.ConnectAsync();
        _bus.StartProcess("/usr/bin/python3", "-m", "dbusmock", "--session", EchoName, EchoPath.Value, EchoName);
        await PrivateBusDaemon.WaitForOwnerAsync(_connection, EchoName);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _bus.DisposeAsync();
    }

    [Fact]
    public void Echo_AnyValueThroughLibdbus_ComesBackEqual()
    {
        // Unix fds ('h') are left out: libdbus would try to pass real descriptors.
        var values = DBusValueGen.CompleteType(3, unixFds: false)
            .SelectMany(signature => DBusValueGen.ValueOf(signature, unixFds: false))
            .ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(150), Prop.ForAll(values, value =>
            Task.Run(() => EchoAsync(value)).GetAwaiter().GetResult()));
    }

    [Fact]
    public async Task Echo_SignatureWithFourLevelsOfNesting_ComesBackEqual()
    {
        var value = DBusDictionary.StringVariants(
        [
            new("Value", new byte[] { 0xde, 0xad }),
            new("Nested", new DBusDictionary(DBusSignature.Parse("o"), DBusSignature.Parse("a{sv}"),
                [new(ObjectPath.Parse("/org/bluez/hci0"), DBusDictionary.StringVariants([new("RSSI", (short)-60)]))])),
            new("Struct", new DBusStruct((byte)1, 2.5, "x", new DBusArray(DBusSignature.Parse("(nq)"), [new DBusStruct((short)-1, (ushort)1)]))),
        ]);

        Assert.True(await EchoAsync(value));
    }

    private async Task<bool> EchoAsync(object value)
    {
        var signature = DBusValue.SignatureOf(value).Value;
        var method = await MethodForAsync(signature);
        var reply = await _connection.CallAsync(DBusMessage.CreateMethodCall(EchoName, EchoPath, EchoName, method, value));
        var back = Assert.Single(reply.Body);
        Assert.True(DBusValue.Equals(value, back), $"Sent {signature} {Describe(value)}, got {Describe(back)}.\n{_bus.RecentOutput}");
        return true;
    }

    private async Task<string> MethodForAsync(string signature)
    {
        if (_methods.TryGetValue(signature, out var existing))
        {
            return existing;
        }

        var name = "Echo" + _methods.Count;
        await _connection.CallAsync(DBusMessage.CreateMethodCall(
            EchoName, EchoPath, "org.freedesktop.DBus.Mock", "AddMethod", string.Empty, name, DBusSignature.Parse(signature).Value, signature, "ret = args[0]"));
        _methods[signature] = name;
        return name;
    }

    private static string Describe(object value) => value switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        DBusVariant variant => $"<{variant.Signature}>{Describe(variant.Value)}",
        DBusArray array => "[" + string.Join(", ", array.Items.Select(Describe)) + "]",
        DBusDictionary dictionary => "{" + string.Join(", ", dictionary.Entries.Select(e => Describe(e.Key) + ": " + Describe(e.Value))) + "}",
        DBusStruct structure => "(" + string.Join(", ", structure.Fields.Select(Describe)) + ")",
        _ => $"{value}:{value.GetType().Name}",
    };
}
