using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using Microsoft.Extensions.Time.Testing;

namespace BackCareRoller.DBus.Tests.Connection;

/// <summary>The client against a scripted server that misbehaves in ways a real daemon does not.</summary>
public sealed class DBusConnectionFaultTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly FakeBusServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ConnectAsync_ServerNeverAnswersAuth_TimesOutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var connecting = DBusConnection.ConnectAsync(_server.Address, new DBusConnectionOptions { TimeProvider = time, ConnectTimeout = TimeSpan.FromSeconds(5) });
        await _server.AcceptAsync();

        time.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutException>(() => connecting.WaitAsync(Patience));
    }

    [Fact]
    public async Task ConnectAsync_HelloAnsweredWithError_Fails()
    {
        var connecting = DBusConnection.ConnectAsync(_server.Address);
        await _server.AuthenticateAsync();
        var hello = await _server.ReadMessageAsync();
        var error = DBusMessage.CreateError(hello, "org.freedesktop.DBus.Error.AccessDenied", "no");
        await _server.SendAsync(new DBusMessage(error.Type, error.Flags, 0, null, null, null, error.ErrorName, hello.Serial, null, "org.freedesktop.DBus", error.Signature, error.Body));

        var failure = await Assert.ThrowsAsync<DBusConnectionClosedException>(() => connecting.WaitAsync(Patience));

        Assert.Equal("org.freedesktop.DBus.Error.AccessDenied", Assert.IsType<DBusErrorException>(failure.InnerException).ErrorName);
    }

    [Fact]
    public async Task CallAsync_NoReply_TimesOutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var connection = await ConnectAsync(new DBusConnectionOptions { TimeProvider = time, CallTimeout = TimeSpan.FromSeconds(25) });
        await using var _ = connection;

        var call = connection.CallAsync(DBusMessage.CreateMethodCall("org.bluez", ObjectPath.Parse("/org/bluez/hci0"), "org.bluez.Adapter1", "StartDiscovery"));
        await _server.ReadMessageAsync();
        time.Advance(TimeSpan.FromSeconds(25));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call.WaitAsync(Patience));
        Assert.Contains("StartDiscovery", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallAsync_ReplyForAnotherSerial_KeepsWaitingForItsOwn()
    {
        var connection = await ConnectAsync();
        await using var _ = connection;

        var call = connection.CallAsync(DBusMessage.CreateMethodCall("org.bluez", ObjectPath.Root, null, "Ping"));
        var sent = await _server.ReadMessageAsync();
        var stray = FakeBusServer.ReplyTo(sent, "wrong");
        await _server.SendAsync(new DBusMessage(stray.Type, stray.Flags, 0, null, null, null, null, sent.Serial + 1000, null, stray.Sender, stray.Signature, stray.Body));
        await _server.SendAsync(FakeBusServer.ReplyTo(sent, "right"));

        Assert.Equal("right", (await call.WaitAsync(Patience)).Body[0]);
    }

    [Fact]
    public async Task Connection_ServerHangsUp_FailsPendingCallsAndCompletes()
    {
        var connection = await ConnectAsync();
        await using var _ = connection;
        var call = connection.CallAsync(DBusMessage.CreateMethodCall("org.bluez", ObjectPath.Root, null, "Ping"));
        await _server.ReadMessageAsync();

        _server.HangUp();

        await Assert.ThrowsAsync<DBusConnectionClosedException>(() => call.WaitAsync(Patience));
        await connection.Completion.WaitAsync(Patience);
        Assert.False(connection.IsConnected);
        Assert.NotNull(connection.CloseReason);
    }

    [Fact]
    public async Task Connection_MessageOverTheSizeLimit_ClosesWithoutWaitingForItsBytes()
    {
        var connection = await ConnectAsync(new DBusConnectionOptions { MaxMessageLength = 4096 });
        await using var _ = connection;

        await _server.SendHeaderAnnouncingAsync(100_000);
        await connection.Completion.WaitAsync(Patience);

        Assert.Contains("exceeds the limit", Assert.IsType<DBusProtocolException>(connection.CloseReason).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connection_InvalidMessage_ClosesWithAProtocolError()
    {
        var connection = await ConnectAsync();
        await using var _ = connection;
        var call = connection.CallAsync(DBusMessage.CreateMethodCall("org.bluez", ObjectPath.Root, null, "Ping"));
        await _server.ReadMessageAsync();

        // A signal whose boolean holds 7.
        var bytes = DBusMessageCodec.Encode(DBusMessage.CreateSignal(ObjectPath.Root, "a.b", "C", true), 5);
        bytes[^4] = 7;
        await _server.WriteAsync(bytes);

        await Assert.ThrowsAsync<DBusConnectionClosedException>(() => call.WaitAsync(Patience));
        Assert.IsType<DBusProtocolException>(connection.CloseReason);
    }

    [Fact]
    public async Task Connection_MethodCallFromTheServer_IsAnsweredWithUnknownObject()
    {
        var connection = await ConnectAsync();
        await using var _ = connection;
        var call = DBusMessage.CreateMethodCall(connection.UniqueName, ObjectPath.Parse("/org/bluez/agent"), "org.bluez.Agent1", "RequestPinCode");

        await _server.SendAsync(new DBusMessage(call.Type, call.Flags, 0, call.Path, call.Interface, call.Member, null, null, call.Destination, ":1.7", call.Signature, call.Body));
        var reply = await _server.ReadMessageAsync().WaitAsync(Patience);

        Assert.Equal(DBusMessageType.Error, reply.Type);
        Assert.Equal("org.freedesktop.DBus.Error.UnknownObject", reply.ErrorName);
    }

    private async Task<DBusConnection> ConnectAsync(DBusConnectionOptions? options = null)
    {
        var connecting = DBusConnection.ConnectAsync(_server.Address, options);
        await _server.AcceptHelloAsync();
        return await connecting.WaitAsync(Patience);
    }
}
