namespace BackCareRoller.Core.Alignment;

/// <summary>Settings of the per-sensor time alignment stage.</summary>
public sealed record AlignmentSettings
{
    /// <summary>Creates validated settings.</summary>
    /// <param name="gapThreshold">Longest interval between two samples of one sensor still treated as continuous data.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gapThreshold"/> is not positive.</exception>
    public AlignmentSettings(TimeSpan gapThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(gapThreshold, TimeSpan.Zero);
        GapThreshold = gapThreshold;
    }

    /// <summary>The default settings.</summary>
    public static AlignmentSettings Default { get; } = new(AlignmentDefaults.GapThreshold);

    /// <summary>Longest interval between two samples of one sensor still treated as continuous data.</summary>
    /// <value>Default 0.25 s; any positive duration.</value>
    public TimeSpan GapThreshold { get; }
}
