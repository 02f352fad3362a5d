using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Reports;

/// <summary>What a session's input amounted to: samples read per sensor and rows skipped as bad.</summary>
public sealed record InputStats
{
    /// <summary>Samples read from each sensor; sensors absent from the input are absent here.</summary>
    public required IReadOnlyDictionary<SensorRole, long> SamplesPerSensor { get; init; }

    /// <summary>Rows skipped as malformed when the recording was read leniently (0 otherwise).</summary>
    public long SkippedRows { get; init; }
}
