namespace BackCareRoller.Charts;

/// <summary>The thresholds and targets the charts draw, and the size they are drawn at.</summary>
public sealed record ReportChartSettings
{
    /// <summary>The too-fast threshold drawn on the speed chart, in cm/s.</summary>
    /// <value>Default 5.0 cm/s (DESIGN.md section 3); above 0.</value>
    public double TooFastCmPerSecond { get; init; } = 5.0;

    /// <summary>The recommended rolling speed drawn on the speed chart, in cm/s.</summary>
    /// <value>Default 2.5 cm/s, about an inch per second (DESIGN.md section 3).</value>
    public double TargetCmPerSecond { get; init; } = 2.5;

    /// <summary>The routine's minimum per muscle, in minutes.</summary>
    /// <value>Default 1 minute (DESIGN.md section 1).</value>
    public double RoutineMinimumMinutes { get; init; } = 1.0;

    /// <summary>The routine's maximum per muscle, in minutes.</summary>
    /// <value>Default 2 minutes (DESIGN.md section 1).</value>
    public double RoutineMaximumMinutes { get; init; } = 2.0;

    /// <summary>Width of each chart image, in pixels.</summary>
    /// <value>Default 1400; 400 to 4000.</value>
    public int WidthPixels { get; init; } = 1400;

    /// <summary>The defaults.</summary>
    public static ReportChartSettings Default { get; } = new();
}
