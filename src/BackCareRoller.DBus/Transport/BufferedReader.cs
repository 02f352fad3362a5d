using System.Text;
using BackCareRoller.DBus.Wire;

namespace BackCareRoller.DBus.Transport;

/// <summary>
/// Reads CRLF lines (the SASL phase) and then exact byte counts (the message phase) from one stream, so bytes the
/// server sends right after its last SASL line are not lost.
/// </summary>
internal sealed class BufferedReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[4096];
    private int _start;
    private int _end;

    /// <summary>Reads one line ending in CRLF; the line must be printable ASCII and at most <paramref name="maxLength"/> bytes.</summary>
    public async Task<string> ReadLineAsync(int maxLength, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end)
            {
                await FillAsync(cancellationToken).ConfigureAwait(false);
            }

            var b = _buffer[_start++];
            if (b == (byte)'\n')
            {
                if (line.Length == 0 || line[^1] != '\r')
                {
                    throw new DBusProtocolException("Authentication line ends in LF without CR.");
                }

                return line.ToString(0, line.Length - 1);
            }

            if (b is (< 0x20 or > 0x7e) and not (byte)'\r')
            {
                throw new DBusProtocolException($"Authentication line contains byte 0x{b:x2}, which is not printable ASCII.");
            }

            if (line.Length >= maxLength)
            {
                throw new DBusProtocolException($"Authentication line is longer than {maxLength} bytes.");
            }

            line.Append((char)b);
        }
    }

    /// <summary>Fills <paramref name="destination"/> completely, or throws <see cref="EndOfStreamException"/>.</summary>
    public async Task ReadExactlyAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var buffered = Math.Min(_end - _start, destination.Length);
        _buffer.AsMemory(_start, buffered).CopyTo(destination);
        _start += buffered;
        if (buffered < destination.Length)
        {
            await stream.ReadExactlyAsync(destination[buffered..], cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
        if (_end == 0)
        {
            throw new EndOfStreamException("The D-Bus peer closed the connection.");
        }
    }
}
