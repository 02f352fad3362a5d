namespace BackCareRoller.Formats.Reports;

/// <summary>
/// How numbers are rounded in the report: instants to the millisecond (the recording's own resolution,
/// DESIGN.md section 5), durations and speeds to 0.01 (s, cm/s), lengths to 0.1 cm. Rounding is idempotent, so a
/// report read back and written again is byte-identical.
/// </summary>
internal static class ReportRounding
{
    /// <summary>An instant (offset from the session start) in seconds, to 0.001 s.</summary>
    public static double Instant(TimeSpan time) => Round(time.TotalSeconds, 3);

    /// <summary>An instant given in seconds, to 0.001 s.</summary>
    public static double Instant(double seconds) => Round(seconds, 3);

    /// <summary>A duration in seconds, to 0.01 s.</summary>
    public static double Seconds(double seconds) => Round(seconds, 2);

    /// <summary>A speed in m/s written as cm/s, to 0.01 cm/s.</summary>
    public static double CentimetresPerSecond(double metersPerSecond) => Round(metersPerSecond * 100, 2);

    /// <summary>A length in metres written as cm, to 0.1 cm.</summary>
    public static double Centimetres(double meters) => Round(meters * 100, 1);

    /// <summary>A wall-clock instant in UTC, to the millisecond (as the session store keeps it).</summary>
    public static DateTimeOffset Millisecond(DateTimeOffset instant) =>
        DateTimeOffset.FromUnixTimeMilliseconds(instant.ToUnixTimeMilliseconds());

    private static double Round(double value, int digits)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A report value must be a finite number: JSON has no NaN or infinity.");
        }

        // Adding +0 turns -0 into 0, so tiny negative values never print as "-0".
        return Math.Round(value, digits, MidpointRounding.AwayFromZero) + 0.0;
    }
}
