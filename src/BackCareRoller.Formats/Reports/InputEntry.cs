using BackCareRoller.Core.Samples;

namespace BackCareRoller.Formats.Reports;

/// <summary><c>input</c>: samples read per sensor and rows skipped.</summary>
internal sealed class InputEntry
{
    public IReadOnlyDictionary<SensorRole, long>? Samples { get; init; }

    public long? SkippedRows { get; init; }
}
