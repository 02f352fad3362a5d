namespace BackCareRoller.Core.Summary;

/// <summary>Thresholds of the session summary (issue 5). Validated once, when a <see cref="SessionSummariser"/> is built.</summary>
public sealed record SummarySettings
{
    /// <summary>The defaults of DESIGN.md and issue 5.</summary>
    public static SummarySettings Default { get; } = new();

    /// <summary>Least one-way travel of the contact point that counts as a pass.</summary>
    /// <value>Default 0.03 m; greater than 0.</value>
    public double MinimumPassTravelMeters { get; init; } = SummaryDefaults.MinimumPassTravelMeters;

    /// <summary>Largest spread of contact positions a pause on a tender spot may cover.</summary>
    /// <value>Default 0.03 m; greater than 0.</value>
    public double PauseSpanMeters { get; init; } = SummaryDefaults.PauseSpanMeters;

    /// <summary>Least time the contact must stay within <see cref="PauseSpanMeters"/> to count as a pause.</summary>
    /// <value>Default 20 s; greater than 0.</value>
    public TimeSpan PauseMinimumDwell { get; init; } = SummaryDefaults.PauseMinimumDwell;

    /// <summary>Least time on the roller per routine move.</summary>
    /// <value>Default 60 s; at least <see cref="MoveMissingBelow"/>.</value>
    public TimeSpan MoveMinimum { get; init; } = SummaryDefaults.MoveMinimum;

    /// <summary>Most time on the roller per routine move.</summary>
    /// <value>Default 120 s; at least <see cref="MoveMinimum"/>.</value>
    public TimeSpan MoveMaximum { get; init; } = SummaryDefaults.MoveMaximum;

    /// <summary>A move with less time than this on the roller counts as missing rather than too short.</summary>
    /// <value>Default 5 s; 0 or more.</value>
    public TimeSpan MoveMissingBelow { get; init; } = SummaryDefaults.MoveMissingBelow;

    /// <summary>The too-fast rule starts when the windowed average speed goes above this.</summary>
    /// <value>Default 0.05 m/s; at least <see cref="TooFastClearMetersPerSecond"/>.</value>
    public double TooFastEnterMetersPerSecond { get; init; } = SummaryDefaults.TooFastEnterMetersPerSecond;

    /// <summary>The too-fast rule clears when the windowed average speed falls below this.</summary>
    /// <value>Default 0.04 m/s; greater than 0.</value>
    public double TooFastClearMetersPerSecond { get; init; } = SummaryDefaults.TooFastClearMetersPerSecond;

    /// <summary>Length of the moving average of the too-fast rule.</summary>
    /// <value>Default 1 s; greater than 0.</value>
    public TimeSpan TooFastWindow { get; init; } = SummaryDefaults.TooFastWindow;

    /// <summary>Longest gap between two inputs of one stream over which the earlier value is held.</summary>
    /// <value>Default 0.5 s; greater than 0.</value>
    public TimeSpan MaxSampleGap { get; init; } = SummaryDefaults.MaxSampleGap;

    /// <summary>Bin width of the speed histogram the median is read from.</summary>
    /// <value>Default 0.0005 m/s (0.05 cm/s); greater than 0.</value>
    public double SpeedBinMetersPerSecond { get; init; } = SummaryDefaults.SpeedBinMetersPerSecond;

    /// <summary>Top of the speed histogram; faster rolling time goes to one overflow bin and the median caps here.</summary>
    /// <value>Default 0.5 m/s; at least one bin and at most 100 000 bins.</value>
    public double SpeedHistogramMaxMetersPerSecond { get; init; } = SummaryDefaults.SpeedHistogramMaxMetersPerSecond;

    /// <summary>Throws when a value is outside its documented range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public void Validate()
    {
        Positive(MinimumPassTravelMeters, nameof(MinimumPassTravelMeters));
        Positive(PauseSpanMeters, nameof(PauseSpanMeters));
        Positive(PauseMinimumDwell, nameof(PauseMinimumDwell));
        ArgumentOutOfRangeException.ThrowIfLessThan(MoveMissingBelow, TimeSpan.Zero, nameof(MoveMissingBelow));
        ArgumentOutOfRangeException.ThrowIfLessThan(MoveMinimum, MoveMissingBelow, nameof(MoveMinimum));
        ArgumentOutOfRangeException.ThrowIfLessThan(MoveMaximum, MoveMinimum, nameof(MoveMaximum));
        Positive(TooFastClearMetersPerSecond, nameof(TooFastClearMetersPerSecond));
        ArgumentOutOfRangeException.ThrowIfLessThan(TooFastEnterMetersPerSecond, TooFastClearMetersPerSecond, nameof(TooFastEnterMetersPerSecond));
        Positive(TooFastWindow, nameof(TooFastWindow));
        Positive(MaxSampleGap, nameof(MaxSampleGap));
        Positive(SpeedBinMetersPerSecond, nameof(SpeedBinMetersPerSecond));
        var bins = SpeedHistogramMaxMetersPerSecond / SpeedBinMetersPerSecond;
        if (!(bins >= 1 && bins <= 100_000))
        {
            throw new ArgumentOutOfRangeException(
                nameof(SpeedHistogramMaxMetersPerSecond),
                SpeedHistogramMaxMetersPerSecond,
                "The speed histogram must have between 1 and 100 000 bins.");
        }
    }

    private static void Positive(double value, string name)
    {
        // NaN fails every comparison, so test for the valid range rather than the invalid one.
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite number greater than 0.");
        }
    }

    private static void Positive(TimeSpan value, string name) =>
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, name);
}
