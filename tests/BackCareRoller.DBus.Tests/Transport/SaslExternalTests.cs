using BackCareRoller.DBus.Transport;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Transport;

public sealed class SaslExternalTests
{
    private const string Guid = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task Authenticate_ServerSaysOk_SendsHexUidThenBeginAndReturnsGuid()
    {
        var stream = new ScriptedStream($"OK {Guid}\r\n");

        var guid = await SaslExternal.AuthenticateAsync(stream, new BufferedReader(stream), 1000, CancellationToken.None);

        // uid 1000 is the ASCII text "1000", hex-encoded: 31 30 30 30.
        Assert.Equal(Guid, guid);
        Assert.Equal("\0AUTH EXTERNAL 31303030\r\nBEGIN\r\n", stream.Written);
    }

    [Fact]
    public async Task Authenticate_ServerRejects_ThrowsAuthenticationExceptionNamingOfferedMechanisms()
    {
        var stream = new ScriptedStream("REJECTED DBUS_COOKIE_SHA1 ANONYMOUS\r\n");

        var error = await Assert.ThrowsAsync<DBusAuthenticationException>(() => SaslExternal.AuthenticateAsync(stream, new BufferedReader(stream), 0, CancellationToken.None));

        Assert.Contains("DBUS_COOKIE_SHA1 ANONYMOUS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OK nothex\r\n", "32-digit")]
    [InlineData("DATA\r\n", "Unexpected")]
    [InlineData("OK 0123\n", "without CR")]
    [InlineData("OK \u0001\r\n", "not printable")]
    public async Task Authenticate_MalformedReply_ThrowsProtocolException(string reply, string fault)
    {
        var stream = new ScriptedStream(reply);

        var error = await Assert.ThrowsAsync<DBusProtocolException>(() => SaslExternal.AuthenticateAsync(stream, new BufferedReader(stream), 0, CancellationToken.None));

        Assert.Contains(fault, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_EndlessLine_ThrowsInsteadOfBuffering()
    {
        var stream = new ScriptedStream(new string('A', 10_000));

        await Assert.ThrowsAsync<DBusProtocolException>(() => SaslExternal.AuthenticateAsync(stream, new BufferedReader(stream), 0, CancellationToken.None));
    }

    [Fact]
    public async Task Authenticate_ServerHangsUp_ThrowsEndOfStream()
    {
        var stream = new ScriptedStream("OK 01");

        await Assert.ThrowsAsync<EndOfStreamException>(() => SaslExternal.AuthenticateAsync(stream, new BufferedReader(stream), 0, CancellationToken.None));
    }

    [Fact]
    public async Task ReadExactly_BytesAfterTheOkLine_AreKeptForTheMessagePhase()
    {
        var stream = new ScriptedStream($"OK {Guid}\r\nlBINARY");
        var reader = new BufferedReader(stream);
        await SaslExternal.AuthenticateAsync(stream, reader, 0, CancellationToken.None);

        var next = new byte[7];
        await reader.ReadExactlyAsync(next, CancellationToken.None);

        Assert.Equal("lBINARY", System.Text.Encoding.ASCII.GetString(next));
    }
}
