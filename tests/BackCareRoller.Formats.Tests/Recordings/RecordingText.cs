using BackCareRoller.Core.Samples;
using BackCareRoller.Formats.Recordings;

namespace BackCareRoller.Formats.Tests.Recordings;

/// <summary>Builds small recordings in memory and reads them.</summary>
internal static class RecordingText
{
    public const string SourceName = "walk.csv";

    public static string WithRows(params string[] rows) =>
        "# format=backcare-recording/1\n" + RecordingFormat.Header + "\n" + string.Join("\n", rows) + "\n";

    public static RecordingReader Open(string text, RecordingReadMode mode = RecordingReadMode.Strict) =>
        new(new StringReader(text), SourceName, mode);

    public static List<ImuSample> ReadAll(string text, RecordingReadMode mode = RecordingReadMode.Strict)
    {
        using var reader = Open(text, mode);
        return [.. reader.ReadSamples()];
    }
}
