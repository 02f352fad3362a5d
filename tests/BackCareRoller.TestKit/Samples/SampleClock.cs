namespace BackCareRoller.TestKit.Samples;

/// <summary>Sample timelines: fixed rate, or jittered with a seeded <see cref="Random"/>.</summary>
public static class SampleClock
{
    /// <summary>
    /// <paramref name="seconds"/> as a TimeSpan rounded to the nearest tick. <see cref="TimeSpan.FromSeconds(double)"/>
    /// truncates, so 3.01 s would become 3.0099999 s and exact-boundary tests would be off by a tick.
    /// </summary>
    public static TimeSpan Seconds(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>Times from <paramref name="start"/> for <paramref name="seconds"/> at <paramref name="rateHz"/>, end excluded.</summary>
    public static IEnumerable<TimeSpan> Fixed(double rateHz, double seconds, double start = 0)
    {
        var count = (int)Math.Round(seconds * rateHz);
        for (var i = 0; i < count; i++)
        {
            yield return Seconds(start + (i / rateHz));
        }
    }

    /// <summary>
    /// Times at <paramref name="rateHz"/> whose intervals vary uniformly by ±<paramref name="jitterFraction"/> of the
    /// nominal interval, from a seeded random source.
    /// </summary>
    public static IEnumerable<TimeSpan> Jittered(double rateHz, double seconds, double jitterFraction, Random random, double start = 0)
    {
        ArgumentNullException.ThrowIfNull(random);
        var t = start;
        while (t < start + seconds)
        {
            yield return Seconds(t);
            t += (1.0 + (jitterFraction * ((2 * random.NextDouble()) - 1))) / rateHz;
        }
    }
}
