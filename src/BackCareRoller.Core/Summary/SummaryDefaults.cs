namespace BackCareRoller.Core.Summary;

/// <summary>Default values of <see cref="SummarySettings"/>, each with its source.</summary>
internal static class SummaryDefaults
{
    /// <summary>A pass must travel 3 cm one way: below that, turning back is jitter or slip (DESIGN.md section 3: slips of a few cm).</summary>
    public const double MinimumPassTravelMeters = 0.03;

    /// <summary>A pause on a tender spot stays within 3 cm ("within a few cm", issue 5).</summary>
    public const double PauseSpanMeters = 0.03;

    /// <summary>The routine asks for 20–30 s on a tender spot (DESIGN.md section 1); 20 s is the least that counts.</summary>
    public static readonly TimeSpan PauseMinimumDwell = TimeSpan.FromSeconds(20);

    /// <summary>Each move lasts 1–2 minutes (DESIGN.md section 1): the lower bound.</summary>
    public static readonly TimeSpan MoveMinimum = TimeSpan.FromSeconds(60);

    /// <summary>Each move lasts 1–2 minutes (DESIGN.md section 1): the upper bound.</summary>
    public static readonly TimeSpan MoveMaximum = TimeSpan.FromSeconds(120);

    /// <summary>Less than 5 s in a move is an estimator flicker or a transition, not an attempt: the move is missing.</summary>
    public static readonly TimeSpan MoveMissingBelow = TimeSpan.FromSeconds(5);

    /// <summary>Too fast above 5.0 cm/s of 1-second average speed (DESIGN.md section 3).</summary>
    public const double TooFastEnterMetersPerSecond = 0.05;

    /// <summary>Too fast clears below 4.0 cm/s (DESIGN.md section 3).</summary>
    public const double TooFastClearMetersPerSecond = 0.04;

    /// <summary>The too-fast rule averages speed over 1 s (DESIGN.md section 3).</summary>
    public static readonly TimeSpan TooFastWindow = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Samples come at 25–400 Hz and speed readings at 10 Hz (DESIGN.md sections 5 and 6); a gap longer than 0.5 s
    /// is lost data, and the last value is not held beyond it.
    /// </summary>
    public static readonly TimeSpan MaxSampleGap = TimeSpan.FromSeconds(0.5);

    /// <summary>Median speed histogram bins of 0.05 cm/s: 2 % of the 2.5 cm/s target speed.</summary>
    public const double SpeedBinMetersPerSecond = 0.0005;

    /// <summary>Median speed histogram top, 50 cm/s: ten times the too-fast threshold; faster time goes to one overflow bin.</summary>
    public const double SpeedHistogramMaxMetersPerSecond = 0.5;
}
