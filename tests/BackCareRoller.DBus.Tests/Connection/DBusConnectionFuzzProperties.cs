using BackCareRoller.DBus.Connection;
using BackCareRoller.DBus.Values;
using BackCareRoller.DBus.Wire;
using FsCheck;
using FsCheck.Xunit;

namespace BackCareRoller.DBus.Tests.Connection;

/// <summary>Random bytes from the server after Hello: the connection ends with an error result, never a hang or crash.</summary>
public sealed class DBusConnectionFuzzProperties
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Property(MaxTest = 40)]
    public bool Connection_RandomBytesThenHangUp_ClosesAndFailsPendingCalls(NonEmptyArray<byte> garbage)
    {
        // Off the test sync context, so the awaits inside cannot queue behind this blocked thread.
        return Task.Run(() => RunAsync(garbage.Get)).GetAwaiter().GetResult();
    }

    private static async Task<bool> RunAsync(byte[] garbage)
    {
        await using var server = new FakeBusServer();
        var connecting = DBusConnection.ConnectAsync(server.Address, new DBusConnectionOptions { MaxMessageLength = 1 << 16 });
        await server.AcceptHelloAsync();
        await using var connection = await connecting.WaitAsync(Patience);
        var call = connection.CallAsync(DBusMessage.CreateMethodCall("org.bluez", ObjectPath.Root, null, "Ping"));
        await server.ReadMessageAsync();

        await server.WriteAsync(garbage);
        server.HangUp();
        await connection.Completion.WaitAsync(Patience);

        // The garbage may by chance be a valid reply; otherwise the call fails with the closed connection.
        try
        {
            await call.WaitAsync(Patience);
        }
        catch (Exception ex) when (ex is DBusConnectionClosedException or DBusErrorException)
        {
        }

        return !connection.IsConnected;
    }
}
