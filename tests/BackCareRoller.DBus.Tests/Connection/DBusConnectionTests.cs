using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Standard;
using BackCareRoller.DBus.Tests.Fixtures;
using BackCareRoller.DBus.Transport;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Connection;

/// <summary>The client against a real, private dbus-daemon.</summary>
public sealed class DBusConnectionTests : IAsyncLifetime
{
    private static readonly ObjectPath EmitterPath = ObjectPath.Parse("/com/example/Emitter");
    private PrivateBusDaemon _bus = null!;

    public async Task InitializeAsync() => _bus = await PrivateBusDaemon.StartAsync();

    public async Task DisposeAsync() => await _bus.DisposeAsync();

    [Fact]
    public async Task ConnectAsync_PrivateBus_GetsAUniqueName()
    {
        await using var connection = await _bus.ConnectAsync();

        Assert.StartsWith(":", connection.UniqueName, StringComparison.Ordinal);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_PrivateBus_KeepsTheServerGuidOfItsAddress()
    {
        await using var connection = await _bus.ConnectAsync();

        Assert.Equal(DBusAddress.Parse(_bus.Address).Properties["guid"], connection.ServerGuid);
    }

    [Fact]
    public async Task CallAsync_GetId_ReturnsAHexBusId()
    {
        await using var connection = await _bus.ConnectAsync();

        var reply = await connection.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "GetId"));

        Assert.Matches("^[0-9a-f]{32}$", (string)reply.Body[0]);
    }

    [Fact]
    public async Task CallAsync_UnknownMethod_ThrowsTheBusErrorName()
    {
        await using var connection = await _bus.ConnectAsync();

        var error = await Assert.ThrowsAsync<DBusErrorException>(() =>
            connection.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "NoSuchMethod")));

        Assert.Equal("org.freedesktop.DBus.Error.UnknownMethod", error.ErrorName);
    }

    [Fact]
    public async Task CallAsync_MethodOnAnotherClient_IsRefusedWithUnknownObject()
    {
        await using var caller = await _bus.ConnectAsync();
        await using var callee = await _bus.ConnectAsync();

        var error = await Assert.ThrowsAsync<DBusErrorException>(() =>
            caller.CallAsync(DBusMessage.CreateMethodCall(callee.UniqueName, EmitterPath, "com.example.Emitter", "DoIt")));

        Assert.Equal("org.freedesktop.DBus.Error.UnknownObject", error.ErrorName);
    }

    [Fact]
    public async Task CallAsync_PeerPingToAnotherClient_Succeeds()
    {
        await using var caller = await _bus.ConnectAsync();
        await using var callee = await _bus.ConnectAsync();

        var reply = await caller.CallAsync(DBusMessage.CreateMethodCall(callee.UniqueName, ObjectPath.Root, "org.freedesktop.DBus.Peer", "Ping"));

        Assert.Equal(DBusMessageType.MethodReturn, reply.Type);
    }

    [Fact]
    public async Task AddMatch_SignalFromAnotherClient_IsDeliveredWithSenderAndBody()
    {
        await using var emitter = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync();
        var received = new TaskCompletionSource<DBusMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await listener.AddMatchAsync(new MatchRule { Interface = "com.example.Emitter" }, m => received.TrySetResult(m));

        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", 42, DBusDictionary.StringVariants([new("Value", new byte[] { 1, 2 })])));
        var signal = await received.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal(emitter.UniqueName, signal.Sender);
        Assert.Equal("Tick", signal.Member);
        Assert.Equal(42, signal.Body[0]);
        Assert.Equal(new byte[] { 1, 2 }, ((DBusDictionary)signal.Body[1]).ToStringVariantMap()["Value"]);
    }

    [Fact]
    public async Task AddMatch_Arg0Rule_DeliversOnlyMatchingSignals()
    {
        await using var emitter = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync();
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await listener.AddMatchAsync(new MatchRule { Interface = "com.example.Emitter", Arg0 = "wanted" }, m => received.TrySetResult((string)m.Body[0]));

        // Signals from one sender arrive in order, so the first one delivered shows the filter worked.
        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", "unwanted"));
        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", "wanted"));

        Assert.Equal("wanted", await received.Task.WaitAsync(PrivateBusDaemon.Patience));
    }

    [Fact]
    public async Task AddMatch_PathNamespaceRule_DeliversOnlySignalsBelowIt()
    {
        await using var emitter = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync();
        var received = new TaskCompletionSource<ObjectPath?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await listener.AddMatchAsync(new MatchRule { PathNamespace = ObjectPath.Parse("/org/bluez") }, m => received.TrySetResult(m.Path));

        await emitter.SendAsync(DBusMessage.CreateSignal(ObjectPath.Parse("/org/bluezz/x"), "com.example.Emitter", "Tick"));
        await emitter.SendAsync(DBusMessage.CreateSignal(ObjectPath.Parse("/org/bluez/hci0"), "com.example.Emitter", "Tick"));

        Assert.Equal(ObjectPath.Parse("/org/bluez/hci0"), await received.Task.WaitAsync(PrivateBusDaemon.Patience));
    }

    [Fact]
    public async Task AddMatch_WellKnownSender_IgnoresTheSameSignalFromOtherClients()
    {
        await using var owner = await _bus.ConnectAsync();
        await using var impostor = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync();
        await owner.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "RequestName", "com.example.Emitter", 4u));
        var fromOwner = new List<string>();
        var all = new List<string>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var bySender = await listener.AddMatchAsync(new MatchRule { Sender = "com.example.Emitter", Interface = "com.example.Emitter" }, m => fromOwner.Add((string)m.Body[0]));

        // A second, sender-less rule makes the bus deliver the impostor's signal too; only local matching can drop it.
        await using var everything = await listener.AddMatchAsync(new MatchRule { Interface = "com.example.Emitter" }, m =>
        {
            all.Add((string)m.Body[0]);
            if (all.Count == 3)
            {
                done.TrySetResult();
            }
        });
        await owner.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", "owner-1"));
        await impostor.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", "impostor"));
        await owner.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", "owner-2"));
        await done.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal(["owner-1", "owner-2"], fromOwner);
        Assert.Contains("impostor", all);
    }

    [Fact]
    public async Task DisposeSubscription_AfterwardsSignals_AreNoLongerDelivered()
    {
        await using var emitter = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync();
        var removedCount = 0;
        var marker = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var removed = await listener.AddMatchAsync(new MatchRule { Member = "Tick" }, _ => Interlocked.Increment(ref removedCount));
        await using var kept = await listener.AddMatchAsync(new MatchRule { Member = "Marker" }, _ => marker.TrySetResult());

        await removed.DisposeAsync();
        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick"));
        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Marker"));
        await marker.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal(0, removedCount);
    }

    [Fact]
    public async Task AddMatch_HandlerThrows_ReportsAndKeepsDelivering()
    {
        var errors = new List<Exception>();
        await using var emitter = await _bus.ConnectAsync();
        await using var listener = await _bus.ConnectAsync(new DBusConnectionOptions { HandlerError = errors.Add });
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await listener.AddMatchAsync(new MatchRule { Member = "Tick" }, m =>
        {
            if ((int)m.Body[0] == 1)
            {
                throw new InvalidOperationException("handler bug");
            }

            second.TrySetResult();
        });

        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", 1));
        await emitter.SendAsync(DBusMessage.CreateSignal(EmitterPath, "com.example.Emitter", "Tick", 2));
        await second.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal("handler bug", Assert.Single(errors).Message);
        Assert.True(listener.IsConnected);
    }

    [Fact]
    public async Task GetNameOwner_OwnedAndUnownedNames_ReturnOwnerOrNull()
    {
        await using var owner = await _bus.ConnectAsync();
        await owner.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "RequestName", "com.example.Owned", 4u));

        Assert.Equal(owner.UniqueName, await owner.GetNameOwnerAsync("com.example.Owned"));
        Assert.Null(await owner.GetNameOwnerAsync("com.example.Nobody"));
    }

    [Fact]
    public async Task NameOwnerChanged_OwnerDisconnects_IsDeliveredWithNoNewOwner()
    {
        await using var watcher = await _bus.ConnectAsync();
        var owner = await _bus.ConnectAsync();
        await owner.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "RequestName", "com.example.Leaving", 4u));
        var gone = new TaskCompletionSource<NameOwnerChanged>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var _ = await watcher.AddMatchAsync(NameOwnerChanged.RuleFor("com.example.Leaving"), m =>
        {
            if (NameOwnerChanged.TryParse(m, out var signal))
            {
                gone.TrySetResult(signal);
            }
        });

        await owner.DisposeAsync();
        var change = await gone.Task.WaitAsync(PrivateBusDaemon.Patience);

        Assert.Equal(owner.UniqueName, change.OldOwner);
        Assert.Null(change.NewOwner);
    }

    [Fact]
    public async Task DisposeAsync_Connection_CompletesAndRefusesFurtherCalls()
    {
        var connection = await _bus.ConnectAsync();

        await connection.DisposeAsync();

        Assert.True(connection.Completion.IsCompleted);
        Assert.Null(connection.CloseReason);
        await Assert.ThrowsAsync<DBusConnectionClosedException>(() => connection.CallAsync(DBusMessage.CreateMethodCall(DBusConnection.BusName, DBusConnection.BusPath, DBusConnection.BusInterface, "GetId")));
    }

    [Fact]
    public async Task ConnectAsync_NoSocket_ThrowsClosedWithTheSocketError()
    {
        var error = await Assert.ThrowsAsync<DBusConnectionClosedException>(() =>
            DBusConnection.ConnectAsync("unix:path=" + Path.Combine(_bus.Directory, "missing")));

        Assert.IsType<System.Net.Sockets.SocketException>(error.InnerException);
    }

    [Fact]
    public async Task ConnectAsync_FirstAddressUnreachable_UsesTheNextOne()
    {
        await using var connection = await DBusConnection.ConnectAsync("unix:path=" + Path.Combine(_bus.Directory, "missing") + ";" + _bus.Address);

        Assert.True(connection.IsConnected);
    }
}
