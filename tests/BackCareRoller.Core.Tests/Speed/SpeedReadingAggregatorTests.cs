using BackCareRoller.Core.Speed;
using BackCareRoller.TestKit.Samples;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class SpeedReadingAggregatorTests
{
    private static readonly SpeedReadingSettings Settings = SpeedReadingSettings.Default;

    private static RollerMotion Motion(double seconds, double signedSpeed) =>
        new(SampleClock.Seconds(seconds), signedSpeed, Math.Abs(signedSpeed), signedSpeed != 0, true);

    private static IEnumerable<RollerMotion> Profile(double rateHz, double from, double to, Func<double, double> speed)
    {
        for (var i = (long)Math.Ceiling(from * rateHz); i / rateHz < to; i++)
        {
            yield return Motion(i / rateHz, speed(i / rateHz));
        }
    }

    // As the operator does: close what each motion passes, add it, flush at the end.
    private static List<SpeedReading> Readings(IEnumerable<RollerMotion> motions, SpeedReadingSettings? settings = null)
    {
        settings ??= Settings;
        var readings = new List<SpeedReading>();
        var state = SpeedReadingState.Initial;
        foreach (var motion in motions)
        {
            while (SpeedReadingAggregator.TryClose(state, motion, settings, out var reading, out state))
            {
                readings.Add(reading);
            }

            state = SpeedReadingAggregator.Add(state, motion, settings);
        }

        while (SpeedReadingAggregator.TryFlush(state, settings, out var reading, out state))
        {
            readings.Add(reading);
        }

        return readings;
    }

    [Theory]
    [InlineData(25)]
    [InlineData(100)]
    [InlineData(400)]
    public void Readings_ConstantSpeed_OnePerPeriodAtThatSpeed(double rateHz)
    {
        var readings = Readings(Profile(rateHz, 0, 2, _ => 0.03));

        // Up to the last sample, 1.99 s (or 1.96 s at 25 Hz): no reading after the data.
        Assert.Equal(Enumerable.Range(0, 20).Select(k => SampleClock.Seconds(k / 10.0)), readings.Select(r => r.Time));
        Assert.All(readings, r => Assert.Equal(0.03, r.SpeedMetersPerSecond, 12));
    }

    [Fact]
    public void Readings_CurvedSpeedAtJitteredTimes_NoLagAndNoFlattening()
    {
        // A quadratic turn: the fit is exact whatever the sample times, so a centred reading has neither lag nor bias.
        var random = new Random(4);
        static double Speed(double t) => 0.05 - (0.04 * (t - 1) * (t - 1));
        var motions = SampleClock.Jittered(60, 2, 0.3, random).Select(t => Motion(t.TotalSeconds, Speed(t.TotalSeconds)));

        var readings = Readings(motions);

        Assert.All(readings[1..^1], r => Assert.Equal(Speed(r.Time.TotalSeconds), r.SpeedMetersPerSecond, 9));
    }

    [Fact]
    public void Readings_SampleExactlyHalfAWindowAfter_BelongsToTheNextReadingOnly()
    {
        // At 100 Hz the half-window is 50 ms: the sample at 0.15 s is outside reading 0.1 s and inside reading 0.2 s.
        var motions = Profile(100, 0.05, 0.15, _ => 0.02).Append(Motion(0.15, 0.08)).Concat(Profile(100, 0.16, 0.3, _ => 0.02));

        var readings = Readings(motions);

        Assert.Equal(0.02, readings.Single(r => r.Time == SampleClock.Seconds(0.1)).SpeedMetersPerSecond, 12);
        Assert.NotEqual(0.02, readings.Single(r => r.Time == SampleClock.Seconds(0.2)).SpeedMetersPerSecond, 6);
    }

    [Fact]
    public void Add_25Hz_HalfWindowWidensToThePeriod()
    {
        var state = SpeedReadingState.Initial;
        foreach (var motion in Profile(25, 0, 1, _ => 0.02))
        {
            while (SpeedReadingAggregator.TryClose(state, motion, Settings, out _, out state))
            {
            }

            state = SpeedReadingAggregator.Add(state, motion, Settings);
        }

        Assert.Equal(0.1, state.Oldest.HalfWidthSeconds, 9);
    }

    [Fact]
    public void Add_100Hz_HalfWindowIsTheMinimum()
    {
        var state = SpeedReadingState.Initial;
        foreach (var motion in Profile(100, 0, 1, _ => 0.02))
        {
            while (SpeedReadingAggregator.TryClose(state, motion, Settings, out _, out state))
            {
            }

            state = SpeedReadingAggregator.Add(state, motion, Settings);
        }

        Assert.Equal(0.05, state.Oldest.HalfWidthSeconds, 9);
    }

    [Fact]
    public void Readings_GapBetweenTwoSpeeds_InterpolatesTheSignedSpeedAcrossIt()
    {
        // 2 cm/s up to 1.0 s, a 1 s gap, then −2 cm/s: readings in the gap fall linearly and cross zero midway.
        var motions = Profile(100, 0, 1.01, _ => 0.02).Concat(Profile(100, 2.0, 2.5, _ => -0.02));

        var readings = Readings(motions);

        Assert.Equal(Enumerable.Range(0, 25).Select(k => SampleClock.Seconds(k / 10.0)), readings.Select(r => r.Time));
        Assert.Equal(0.0, readings[15].SpeedMetersPerSecond, 3);
        Assert.True(readings[12].SpeedMetersPerSecond < 0.02 && readings[12].SpeedMetersPerSecond > 0.0);
    }

    [Fact]
    public void Readings_BelowDeadband_ReadZero()
    {
        var readings = Readings(Profile(100, 0, 1, _ => 0.0004));

        Assert.All(readings, r => Assert.Equal(0.0, r.SpeedMetersPerSecond));
    }

    [Fact]
    public void Readings_JustAboveDeadband_Read()
    {
        var readings = Readings(Profile(64, 0, 1, _ => 0.00051));

        Assert.All(readings, r => Assert.Equal(0.00051, r.SpeedMetersPerSecond, 12));
    }

    [Fact]
    public void Readings_LastSampleBeforeAReadingTime_NoReadingAfterIt()
    {
        var readings = Readings(Profile(10, 0, 0.25, _ => 0.02));

        Assert.Equal(SampleClock.Seconds(0.2), readings[^1].Time);
    }

    [Fact]
    public void Readings_SamplesOnOneSideOfAReadingTime_TheirMeanNotAnExtrapolation()
    {
        // A steep ramp that stops at 1.08 s: reading 1.1 s sees only 1.05–1.08 s; extrapolated it would read 0.1.
        var readings = Readings(Profile(100, 0.9, 1.09, t => 0.5 * (t - 0.9)).Concat(Profile(100, 1.5, 1.6, _ => 0.0)));

        var edge = readings.Single(r => r.Time == SampleClock.Seconds(1.1)).SpeedMetersPerSecond;
        Assert.Equal(0.0825, edge, 9);
    }

    [Fact]
    public void Readings_NoMotions_None() => Assert.Empty(Readings([]));

    [Fact]
    public void Readings_StartBetweenReadingTimes_FirstReadingIsTheNearest()
    {
        var readings = Readings(Profile(100, 0.37, 0.6, _ => 0.02));

        Assert.Equal(SampleClock.Seconds(0.4), readings[0].Time);
    }
}
