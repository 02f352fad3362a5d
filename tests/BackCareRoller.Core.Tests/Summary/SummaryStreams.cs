using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Summary;

/// <summary>Hand-built roller-motion streams: constant rolling and stillness at a fixed sample rate.</summary>
internal static class SummaryStreams
{
    /// <summary>Rolling at <paramref name="speedMetersPerSecond"/> in direction <paramref name="direction"/> (+1/-1), samples from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive).</summary>
    public static IEnumerable<RollerMotion> Rolling(double from, double to, double speedMetersPerSecond, int direction, double hz = 100)
    {
        // Rate sign gives the direction; a 7.5 cm radius makes |ω|·r equal the speed.
        var rate = direction * speedMetersPerSecond / 0.075;
        return Samples(from, to, hz, t => new RollerMotion(t, rate, speedMetersPerSecond, IsRolling: true, AxisSignKnown: true));
    }

    /// <summary>A still roller, samples from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive).</summary>
    public static IEnumerable<RollerMotion> Still(double from, double to, double hz = 100) =>
        Samples(from, to, hz, t => new RollerMotion(t, 0, 0, IsRolling: false, AxisSignKnown: true));

    /// <summary>A triangle wave of contact position: strokes of <paramref name="strokeMeters"/> one way then back, <paramref name="strokes"/> times.</summary>
    public static IEnumerable<RollerMotion> Strokes(double from, int strokes, double strokeMeters, double speedMetersPerSecond, double hz = 100)
    {
        var start = from;
        var direction = 1;
        for (var i = 0; i < strokes; i++)
        {
            var end = start + (strokeMeters / speedMetersPerSecond);
            foreach (var motion in Rolling(start, end, speedMetersPerSecond, direction, hz))
            {
                yield return motion;
            }

            start = end;
            direction = -direction;
        }
    }

    public static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static IEnumerable<RollerMotion> Samples(double from, double to, double hz, Func<TimeSpan, RollerMotion> make)
    {
        // Integer sample indices keep the times exact multiples of the period.
        var first = (long)Math.Floor((from * hz) + 1e-9) + 1;
        var last = (long)Math.Floor((to * hz) + 1e-9);
        for (var k = first; k <= last; k++)
        {
            yield return make(TimeSpan.FromSeconds(k / hz));
        }
    }
}
