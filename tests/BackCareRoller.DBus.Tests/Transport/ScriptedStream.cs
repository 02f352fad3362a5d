using System.Text;

namespace BackCareRoller.DBus.Tests.Transport;

/// <summary>A stream that reads from a fixed server script and records what the client writes.</summary>
internal sealed class ScriptedStream(string serverText) : Stream
{
    private readonly MemoryStream _incoming = new(Encoding.Latin1.GetBytes(serverText));
    private readonly MemoryStream _outgoing = new();

    public string Written => Encoding.Latin1.GetString(_outgoing.ToArray());

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => _incoming.Read(buffer, offset, Math.Min(count, 7));

    public override void Write(byte[] buffer, int offset, int count) => _outgoing.Write(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
