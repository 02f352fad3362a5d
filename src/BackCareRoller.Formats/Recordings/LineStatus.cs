namespace BackCareRoller.Formats.Recordings;

/// <summary>What <see cref="LineBuffer.ReadLine"/> found.</summary>
internal enum LineStatus : byte
{
    /// <summary>A line.</summary>
    Line = 0,

    /// <summary>A line longer than <see cref="LineBuffer.MaxLineLength"/>, skipped.</summary>
    TooLong,

    /// <summary>No more text.</summary>
    End,
}
