namespace BackCareRoller.Formats.Recordings;

/// <summary>
/// Hands out the lines of a text as spans of one reused buffer, so reading a recording allocates nothing per row
/// (TextReader.ReadLine would allocate a string per sample on the analyze hot path).
/// </summary>
internal sealed class LineBuffer
{
    /// <summary>Longest accepted line in characters: a sample row is about 70; anything near this is corrupt.</summary>
    public const int MaxLineLength = 16 * 1024;

    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[4 * MaxLineLength];
    private int _start;
    private int _end;
    private bool _endOfText;

    public LineBuffer(TextReader reader) => _reader = reader;

    /// <summary>Reads the next line without its line break.</summary>
    /// <param name="line">The line; valid until the next call.</param>
    /// <returns><see cref="LineStatus.Line"/>, <see cref="LineStatus.TooLong"/> (the line was skipped) or <see cref="LineStatus.End"/>.</returns>
    public LineStatus ReadLine(out ReadOnlySpan<char> line)
    {
        line = default;
        var tooLong = false;
        while (true)
        {
            // Hand out the next complete line if the buffer holds one.
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf('\n');
            if (newline >= 0)
            {
                line = TrimCarriageReturn(pending[..newline]);
                _start += newline + 1;
                if (tooLong || newline > MaxLineLength)
                {
                    line = default;
                    return LineStatus.TooLong;
                }

                return LineStatus.Line;
            }

            // The last line of a text need not end with a line break.
            if (_endOfText)
            {
                _start = _end;
                if (pending.IsEmpty && !tooLong)
                {
                    return LineStatus.End;
                }

                if (tooLong || pending.Length > MaxLineLength)
                {
                    return LineStatus.TooLong;
                }

                line = TrimCarriageReturn(pending);
                return LineStatus.Line;
            }

            // A line that outgrows the limit is dropped as it streams past, so memory stays bounded.
            if (pending.Length > MaxLineLength)
            {
                tooLong = true;
                _start = _end;
            }

            Fill();
        }
    }

    private void Fill()
    {
        // Move the unread tail to the front, then read as much as fits after it.
        var pendingLength = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, pendingLength);
            _start = 0;
            _end = pendingLength;
        }

        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfText = true;
        }

        _end += read;
    }

    private static ReadOnlySpan<char> TrimCarriageReturn(ReadOnlySpan<char> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
}
