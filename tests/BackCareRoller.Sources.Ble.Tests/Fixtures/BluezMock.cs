using System.Diagnostics;
using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Standard;
using BackCareRoller.DBus.Tests.Fixtures;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.Sources.Ble.Tests.Fixtures;

/// <summary>
/// bluetoothd as python-dbusmock's bluez5 template extended by mock/bcr_bluez.py, on a private dbus-daemon. Tests
/// drive it over D-Bus with the project's own client, the way any other process would.
/// </summary>
public sealed class BluezMock : IAsyncDisposable
{
    public const string MockInterface = "org.bluez.Mock";
    public const string DBusMockInterface = "org.freedesktop.DBus.Mock";
    public static readonly ObjectPath Root = ObjectPath.Root;

    private Process? _process;

    private BluezMock(PrivateBusDaemon bus, DBusConnection control)
    {
        Bus = bus;
        Control = control;
    }

    public PrivateBusDaemon Bus { get; }

    /// <summary>Gets the test's own connection, for driving the mock.</summary>
    public DBusConnection Control { get; }

    public string Address => Bus.Address;

    public static string TemplatePath => Path.Combine(AppContext.BaseDirectory, "mock", "bcr_bluez.py");

    public static async Task<BluezMock> StartAsync()
    {
        var bus = await PrivateBusDaemon.StartAsync();
        var control = await bus.ConnectAsync();
        var mock = new BluezMock(bus, control);
        await mock.StartProcessAsync();
        return mock;
    }

    /// <summary>Kills bluetoothd (the mock) and waits until its name is gone from the bus.</summary>
    public async Task StopServiceAsync()
    {
        await PrivateBusDaemon.KillAsync(_process!);
        await PrivateBusDaemon.WaitForOwnerAsync(Control, "org.bluez", owned: false);
    }

    /// <summary>Starts a fresh bluetoothd (the mock), with no adapters until the test adds them.</summary>
    public Task StartServiceAsync() => StartProcessAsync();

    public async Task<ObjectPath> AddAdapterAsync(string name = "hci0") =>
        ObjectPath.Parse((string)(await MockAsync("AddAdapter", name, "BackCare test host")).Body[0]);

    public async Task<ObjectPath> AddDeviceAsync(string address, string name, short rssi = -55, params string[] uuids)
    {
        var path = ObjectPath.Parse((string)(await MockAsync("AddDevice", "hci0", address, name)).Body[0]);
        await UpdateAsync(path, "org.bluez.Device1", new("RSSI", rssi), new("UUIDs", DBusArray.OfStrings(uuids)));
        return path;
    }

    public async Task<ObjectPath> AddServiceAsync(ObjectPath device, string name, string uuid) =>
        (ObjectPath)(await MockAsync("AddGattService", device, name, uuid)).Body[0];

    public async Task<ObjectPath> AddCharacteristicAsync(ObjectPath service, string name, string uuid, string[] flags, byte[]? value = null) =>
        (ObjectPath)(await MockAsync("AddGattCharacteristic", service, name, uuid, DBusArray.OfStrings(flags), value ?? [])).Body[0];

    public Task AddBatteryAsync(ObjectPath device, byte percentage) => MockAsync("AddBattery", device, percentage);

    public Task SetConnectModeAsync(ObjectPath device, string mode) => MockAsync("SetConnectMode", device, mode);

    public Task SetGattVolatileAsync(ObjectPath device, bool isVolatile) => MockAsync("SetGattVolatile", device, isVolatile);

    public Task SetControlPointAsync(ObjectPath characteristic) => MockAsync("SetControlPoint", characteristic);

    /// <summary>Makes the control point accept writes but never indicate a response (a hung firmware).</summary>
    public Task SilenceControlPointAsync(ObjectPath characteristic) => MockAsync("SilenceControlPoint", characteristic);

    public Task SetControlResultAsync(ObjectPath characteristic, byte opcode, byte result) => MockAsync("SetControlResult", characteristic, opcode, result);

    public Task DropLinkAsync(ObjectPath device) => MockAsync("DropLink", device);

    public Task VanishAsync(ObjectPath device) => MockAsync("VanishDevice", device);

    public Task PowerAdapterAsync(ObjectPath adapter, bool powered) => MockAsync("PowerAdapter", adapter, powered);

    /// <summary>Emits a notification: the characteristic's Value changes and bluetoothd sends PropertiesChanged.</summary>
    public Task NotifyAsync(ObjectPath characteristic, byte[] value) =>
        UpdateAsync(characteristic, "org.bluez.GattCharacteristic1", new KeyValuePair<string, object>("Value", value));

    public Task UpdateAsync(ObjectPath path, string @interface, params KeyValuePair<string, object>[] properties) =>
        Control.CallAsync(DBusMessage.CreateMethodCall("org.bluez", path, DBusMockInterface, "UpdateProperties", @interface, DBusDictionary.StringVariants(properties)));

    /// <summary>Returns the arguments of every call of <paramref name="method"/> the mock logged on <paramref name="path"/>.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<object>>> CallsAsync(ObjectPath path, string method)
    {
        var reply = await Control.CallAsync(DBusMessage.CreateMethodCall("org.bluez", path, DBusMockInterface, "GetMethodCalls", method));
        return ((DBusArray)reply.Body[0]).Items.Cast<DBusStruct>()
            .Select(call => (IReadOnlyList<object>)((DBusArray)call.Fields[1]).Items.Cast<DBusVariant>().Select(v => v.Value).ToArray())
            .ToArray();
    }

    /// <summary>Subscribes to the mock's MethodCalled signal of one object; every call of a mock method raises it.</summary>
    public async Task<MethodCallLog> WatchCallsAsync(ObjectPath path)
    {
        var log = new MethodCallLog();
        log.Subscription = await Control.AddMatchAsync(new MatchRule { Interface = DBusMockInterface, Member = "MethodCalled", Path = path }, log.Add);
        return log;
    }

    /// <summary>Waits until a property of an object has a value, checking the current value after subscribing.</summary>
    public async Task WaitForPropertyAsync(ObjectPath path, string @interface, string name, object value)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await Control.AddMatchAsync(new MatchRule { Interface = DBusProperties.Interface, Member = "PropertiesChanged", Path = path }, m =>
        {
            if (PropertiesChanged.TryParse(m, out var changed) && changed.Interface == @interface
                && changed.Changed.TryGetValue(name, out var now) && DBusValue.Equals(now, value))
            {
                reached.TrySetResult();
            }
        });
        if (DBusValue.Equals(await Control.GetPropertyAsync("org.bluez", path, @interface, name), value))
        {
            return;
        }

        await reached.Task.WaitAsync(PrivateBusDaemon.Patience);
    }

    public async ValueTask DisposeAsync()
    {
        await Control.DisposeAsync();
        await Bus.DisposeAsync();
    }

    private Task<DBusMessage> MockAsync(string member, params object[] arguments) =>
        Control.CallAsync(DBusMessage.CreateMethodCall("org.bluez", Root, MockInterface, member, arguments));

    private async Task StartProcessAsync()
    {
        _process = Bus.StartProcess("/usr/bin/python3", "-m", "dbusmock", "--template", TemplatePath);
        await PrivateBusDaemon.WaitForOwnerAsync(Control, "org.bluez");
    }

    /// <summary>Calls observed through MethodCalled signals, awaitable by name.</summary>
    public sealed class MethodCallLog : IAsyncDisposable
    {
        private readonly List<(string Name, IReadOnlyList<object> Arguments)> _calls = [];
        private readonly List<(string Name, TaskCompletionSource<IReadOnlyList<object>> Waiter)> _waiters = [];

        internal IAsyncDisposable? Subscription { get; set; }

        public Task<IReadOnlyList<object>> NextAsync(string name)
        {
            lock (_calls)
            {
                var index = _calls.FindIndex(c => c.Name == name);
                if (index >= 0)
                {
                    var call = _calls[index];
                    _calls.RemoveAt(index);
                    return Task.FromResult(call.Arguments);
                }

                var waiter = new TaskCompletionSource<IReadOnlyList<object>>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((name, waiter));
                return waiter.Task.WaitAsync(PrivateBusDaemon.Patience);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Subscription is not null)
            {
                await Subscription.DisposeAsync();
            }
        }

        internal void Add(DBusMessage message)
        {
            var name = (string)message.Body[0];
            IReadOnlyList<object> arguments = ((DBusArray)message.Body[1]).Items.Cast<DBusVariant>().Select(v => v.Value).ToArray();
            lock (_calls)
            {
                var index = _waiters.FindIndex(w => w.Name == name);
                if (index >= 0)
                {
                    var waiter = _waiters[index].Waiter;
                    _waiters.RemoveAt(index);
                    waiter.TrySetResult(arguments);
                    return;
                }

                _calls.Add((name, arguments));
            }
        }
    }
}
