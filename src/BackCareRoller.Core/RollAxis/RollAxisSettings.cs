using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.RollAxis;

/// <summary>Settings of the roll-axis stage.</summary>
public sealed record RollAxisSettings
{
    /// <summary>Creates validated settings and computes the derived constants once.</summary>
    /// <param name="mount">How the roller sensor is mounted.</param>
    /// <param name="minRateRadiansPerSecond">Slowest rate that feeds the axis estimate.</param>
    /// <param name="firstEstimateAfter">Rolling time before the first estimate.</param>
    /// <param name="updateInterval">Rolling time between two estimates.</param>
    /// <param name="memoryTimeConstant">Rolling time over which old samples fade from the estimate.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public RollAxisSettings(
        RollerMount mount,
        double minRateRadiansPerSecond,
        TimeSpan firstEstimateAfter,
        TimeSpan updateInterval,
        TimeSpan memoryTimeConstant)
    {
        if (!Enum.IsDefined(mount))
        {
            throw new ArgumentOutOfRangeException(nameof(mount), mount, "Unknown roller mount.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(minRateRadiansPerSecond, 0.0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstEstimateAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(updateInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(memoryTimeConstant, TimeSpan.Zero);
        Mount = mount;
        MinRateRadiansPerSecond = minRateRadiansPerSecond;
        FirstEstimateAfter = firstEstimateAfter;
        UpdateInterval = updateInterval;
        MemoryTimeConstant = memoryTimeConstant;
        FirstEstimateSeconds = firstEstimateAfter.TotalSeconds;
        UpdateSeconds = updateInterval.TotalSeconds;
        MemorySeconds = memoryTimeConstant.TotalSeconds;
    }

    /// <summary>The default settings for <paramref name="mount"/>.</summary>
    /// <param name="mount">How the roller sensor is mounted.</param>
    /// <returns>Settings with every other value at its default.</returns>
    public static RollAxisSettings For(RollerMount mount) => new(
        mount,
        RollAxisDefaults.MinRateRadiansPerSecond,
        RollAxisDefaults.FirstEstimateAfter,
        RollAxisDefaults.UpdateInterval,
        RollAxisDefaults.MemoryTimeConstant);

    /// <summary>How the roller sensor is mounted: firmware frame (+x is the axis) or unknown (estimated).</summary>
    /// <value>Default <see cref="RollerMount.FirmwareAxis"/>.</value>
    public RollerMount Mount { get; }

    /// <summary>Slowest bias-free rate (rad/s) that feeds the axis estimate.</summary>
    /// <value>Default 0.2 rad/s; positive.</value>
    public double MinRateRadiansPerSecond { get; }

    /// <summary>Rolling time before the first axis estimate.</summary>
    /// <value>Default 0.25 s; positive.</value>
    public TimeSpan FirstEstimateAfter { get; }

    /// <summary>Rolling time between two axis estimates.</summary>
    /// <value>Default 0.5 s; positive.</value>
    public TimeSpan UpdateInterval { get; }

    /// <summary>Rolling time over which old samples fade from the estimate.</summary>
    /// <value>Default 60 s; positive.</value>
    public TimeSpan MemoryTimeConstant { get; }

    internal double FirstEstimateSeconds { get; }

    internal double UpdateSeconds { get; }

    internal double MemorySeconds { get; }
}
