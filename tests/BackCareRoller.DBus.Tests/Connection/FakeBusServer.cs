using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Tests.Connection;

/// <summary>A scripted bus server on a Unix socket in a temporary directory, for misbehaviour a real daemon never shows.</summary>
internal sealed class FakeBusServer : IAsyncDisposable
{
    public const string Guid = "0123456789abcdef0123456789abcdef";

    private readonly Socket _listener;
    private readonly string _directory;
    private uint _serial = 100;

    public FakeBusServer()
    {
        _directory = Directory.CreateTempSubdirectory("bcr-fakebus-").FullName;
        var path = Path.Combine(_directory, "socket");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(path));
        _listener.Listen(1);
        Address = "unix:path=" + path;
    }

    public string Address { get; }

    public NetworkStream? Client { get; private set; }

    public async Task AcceptAsync()
    {
        var socket = await _listener.AcceptAsync().WaitAsync(TimeSpan.FromSeconds(20));
        Client = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>Accepts, reads the client's AUTH line, answers OK, and reads BEGIN.</summary>
    public async Task AuthenticateAsync()
    {
        await AcceptAsync();
        var auth = await ReadLineAsync();
        if (!auth.StartsWith("\0AUTH EXTERNAL ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected auth line {auth}");
        }

        await WriteAsync(Encoding.ASCII.GetBytes($"OK {Guid}\r\n"));
        var begin = await ReadLineAsync();
        if (begin != "BEGIN")
        {
            throw new InvalidOperationException($"Expected BEGIN, got {begin}");
        }
    }

    /// <summary>Authenticates and answers the client's Hello with a unique name.</summary>
    public async Task AcceptHelloAsync()
    {
        await AuthenticateAsync();
        var hello = await ReadMessageAsync();
        await SendAsync(ReplyTo(hello, ":1.1"));
    }

    public async Task<DBusMessage> ReadMessageAsync()
    {
        var header = new byte[16];
        await Client!.ReadExactlyAsync(header);
        if (!DBusMessageCodec.TryGetMessageLength(header, DBusLimits.MaxMessageLength, out var length, out var error))
        {
            throw new InvalidOperationException(error);
        }

        var bytes = new byte[length];
        header.CopyTo(bytes, 0);
        await Client.ReadExactlyAsync(bytes.AsMemory(16));
        return DBusMessageCodec.TryDecode(bytes, out var message, out error) ? message : throw new InvalidOperationException(error);
    }

    public static DBusMessage ReplyTo(DBusMessage call, params object[] body)
    {
        var reply = DBusMessage.CreateMethodReturn(call, body);
        return new DBusMessage(reply.Type, reply.Flags, 0, null, null, null, null, call.Serial, null, "org.freedesktop.DBus", reply.Signature, reply.Body);
    }

    public Task SendAsync(DBusMessage message) => WriteAsync(DBusMessageCodec.Encode(message, ++_serial));

    public async Task WriteAsync(byte[] bytes) => await Client!.WriteAsync(bytes);

    /// <summary>Sends a fixed header announcing a body of <paramref name="bodyLength"/> bytes, and nothing more.</summary>
    public Task SendHeaderAnnouncingAsync(uint bodyLength)
    {
        var header = new byte[16];
        header[0] = (byte)'l';
        header[1] = 4;
        header[3] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), 1);
        return WriteAsync(header);
    }

    public void HangUp() => Client?.Dispose();

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
        {
            await Client.DisposeAsync();
        }

        _listener.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> ReadLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            await Client!.ReadExactlyAsync(one);
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}
