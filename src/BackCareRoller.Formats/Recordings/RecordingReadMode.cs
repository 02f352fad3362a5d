namespace BackCareRoller.Formats.Recordings;

/// <summary>How the reader treats a bad row (DESIGN.md section 5).</summary>
public enum RecordingReadMode : byte
{
    /// <summary>The first bad row stops reading with a <see cref="RecordingFormatException"/>.</summary>
    Strict = 0,

    /// <summary>Bad rows are skipped and counted in <see cref="RecordingReadStatistics"/>.</summary>
    Lenient = 1,
}
