using System.Numerics;
using BackCareRoller.Core.Alignment;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.Alignment;

public sealed class SampleAlignerTests
{
    private static ImuSample Sample(double seconds, SensorRole sensor = SensorRole.Roller) =>
        new(TimeSpan.FromSeconds(seconds), sensor, Vector3.Zero, Vector3.Zero);

    private static AlignmentState Run(params ImuSample[] samples)
    {
        var state = AlignmentState.Initial;
        foreach (var sample in samples)
        {
            state = SampleAligner.Step(state, sample, AlignmentSettings.Default);
        }

        return state;
    }

    [Fact]
    public void Step_FirstSample_FollowsGapWithZeroInterval()
    {
        var state = Run(Sample(1.0));

        Assert.True(state.HasCurrent);
        Assert.Equal(new AlignedSample(Sample(1.0), 0.0, true), state.Current);
    }

    [Fact]
    public void Step_NextSampleOfSameSensor_IntervalIsTimeDifference()
    {
        var state = Run(Sample(1.0), Sample(1.01));

        Assert.False(state.Current.FollowsGap);
        Assert.Equal(0.01, state.Current.IntervalSeconds, 12);
    }

    [Fact]
    public void Step_IntervalExactlyAtGapThreshold_IsContinuous()
    {
        var state = Run(Sample(1.0), Sample(1.25));

        Assert.False(state.Current.FollowsGap);
        Assert.Equal(0.25, state.Current.IntervalSeconds, 12);
    }

    [Fact]
    public void Step_IntervalJustAboveGapThreshold_FollowsGapWithZeroInterval()
    {
        var state = Run(Sample(1.0), new ImuSample(TimeSpan.FromSeconds(1.25) + TimeSpan.FromTicks(1), SensorRole.Roller, Vector3.Zero, Vector3.Zero));

        Assert.True(state.Current.FollowsGap);
        Assert.Equal(0.0, state.Current.IntervalSeconds);
    }

    [Fact]
    public void Step_OtherSensorInBetween_IntervalIsPerSensor()
    {
        var state = Run(Sample(1.0), Sample(1.004, SensorRole.Body), Sample(1.01), Sample(1.024, SensorRole.Body));

        Assert.Equal(SensorRole.Body, state.Current.Sample.Sensor);
        Assert.Equal(0.02, state.Current.IntervalSeconds, 12);
    }

    [Fact]
    public void Step_FirstSampleOfSecondSensor_FollowsGap()
    {
        var state = Run(Sample(1.0), Sample(1.004, SensorRole.Body));

        Assert.True(state.Current.FollowsGap);
    }

    [Fact]
    public void Step_SampleBackInItsSensorsTime_DroppedAndCounted()
    {
        var state = Run(Sample(1.0), Sample(0.99));

        Assert.False(state.HasCurrent);
        Assert.Equal(1, state.DroppedCount);
        Assert.Equal(TimeSpan.FromSeconds(1.0), state.LastRollerTime);
    }

    [Fact]
    public void Step_OtherSensorOlderThanThisOne_Kept()
    {
        var state = Run(Sample(1.0), Sample(0.99, SensorRole.Body));

        Assert.True(state.HasCurrent);
        Assert.Equal(0, state.DroppedCount);
    }

    [Fact]
    public void Step_DuplicateTime_KeptWithZeroInterval()
    {
        var state = Run(Sample(1.0), Sample(1.0));

        Assert.True(state.HasCurrent);
        Assert.False(state.Current.FollowsGap);
        Assert.Equal(0.0, state.Current.IntervalSeconds);
    }
}
