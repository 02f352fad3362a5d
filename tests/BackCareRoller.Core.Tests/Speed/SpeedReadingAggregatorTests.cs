using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class SpeedReadingAggregatorTests
{
    private static readonly SpeedReadingSettings Settings = SpeedReadingSettings.Default;

    private static RollerMotion Motion(double seconds, double signedSpeed) =>
        new(TimeSpan.FromSeconds(seconds), signedSpeed, Math.Abs(signedSpeed), signedSpeed != 0, true);

    private static SpeedReadingState Run(params RollerMotion[] motions) =>
        Steps.Fold(SpeedReadingState.Initial, motions, (state, motion) => SpeedReadingAggregator.Step(state, motion, Settings))[^1];

    [Fact]
    public void Step_SamplesAroundReadingTime_MeanOfThemIsTheReadingAtThatTime()
    {
        var state = Run(Motion(0.05, 0.02), Motion(0.10, 0.03), Motion(0.14, 0.04), Motion(0.16, 0.01));

        Assert.True(state.HasClosed);
        Assert.Equal(new SpeedReading(TimeSpan.FromSeconds(0.1), 0.03), state.Closed with { SpeedMetersPerSecond = Math.Round(state.Closed.SpeedMetersPerSecond, 12) });
        Assert.Equal(0, state.EmptyCount);
    }

    [Fact]
    public void Step_SampleExactlyHalfAPeriodAfterReadingTime_BelongsToNextReading()
    {
        var state = Run(Motion(0.1, 0.02), Motion(0.15, 0.04));

        Assert.True(state.HasClosed);
        Assert.Equal(0.02, state.Closed.SpeedMetersPerSecond, 12);
        Assert.Equal(2, state.Index);
    }

    [Fact]
    public void Step_SampleInSamePeriod_ClosesNothing()
    {
        var state = Run(Motion(0.1, 0.02), Motion(0.149, 0.04));

        Assert.False(state.HasClosed);
        Assert.Equal(2, state.Count);
    }

    [Fact]
    public void Step_ReversalInsidePeriod_SignedSpeedsCancel()
    {
        var state = Run(Motion(0.06, 0.01), Motion(0.08, 0.005), Motion(0.10, -0.005), Motion(0.12, -0.01), Motion(0.2, 0));

        Assert.Equal(0.0, state.Closed.SpeedMetersPerSecond, 12);
    }

    [Fact]
    public void Step_MeanBelowDeadband_ReadsZero()
    {
        var state = Run(Motion(0.1, 0.0004), Motion(0.2, 0));

        Assert.Equal(0.0, state.Closed.SpeedMetersPerSecond);
    }

    [Fact]
    public void Step_MeanExactlyAtDeadband_Reads()
    {
        var state = Run(Motion(0.1, 0.0005), Motion(0.2, 0));

        Assert.Equal(0.0005, state.Closed.SpeedMetersPerSecond);
    }

    [Fact]
    public void Empty_GapBetweenTwoSpeeds_InterpolatesTheSignedSpeed()
    {
        // 0.02 m/s at 0.1 s, then −0.02 m/s at 0.5 s: the readings in between cross zero at 0.3 s.
        var state = Run(Motion(0.1, 0.02), Motion(0.5, -0.02));

        double[] gap = [.. Enumerable.Range(1, 3).Select(k => Math.Round(SpeedReadingAggregator.Empty(state, k, Settings).SpeedMetersPerSecond, 12))];

        Assert.Equal([0.01, 0.0, 0.01], gap);
        Assert.Equal(TimeSpan.FromSeconds(0.4), SpeedReadingAggregator.Empty(state, 3, Settings).Time);
    }

    [Fact]
    public void Step_GapOverThreeReadings_CountsThemEmpty()
    {
        var state = Run(Motion(0.1, 0.02), Motion(0.5, 0.02));

        Assert.Equal(TimeSpan.FromSeconds(0.1), state.Closed.Time);
        Assert.Equal(3, state.EmptyCount);
        Assert.Equal(5, state.Index);
    }
}
