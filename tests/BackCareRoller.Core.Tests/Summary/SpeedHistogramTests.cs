using BackCareRoller.Core.Summary;
using static BackCareRoller.Core.Tests.Summary.SummaryStreams;

namespace BackCareRoller.Core.Tests.Summary;

public sealed class SpeedHistogramTests
{
    [Fact]
    public void TryMedian_Empty_ReturnsFalse()
    {
        Assert.False(new SpeedHistogram(0.0005, 0.5).TryMedian(out _));
    }

    [Fact]
    public void TryMedian_ThreeEqualTimes_ReturnsTheMiddleSpeedWithinABin()
    {
        var histogram = new SpeedHistogram(0.0005, 0.5);
        histogram.Add(0.01, S(1));
        histogram.Add(0.03, S(1));
        histogram.Add(0.20, S(1));

        Assert.True(histogram.TryMedian(out var median));
        Assert.InRange(median, 0.03, 0.0305);
    }

    [Fact]
    public void TryMedian_TimeWeighted_FollowsTheLongerTime()
    {
        var histogram = new SpeedHistogram(0.0005, 0.5);
        histogram.Add(0.01, S(10));
        histogram.Add(0.03, S(1));

        Assert.True(histogram.TryMedian(out var median));
        Assert.InRange(median, 0.01, 0.0105);
    }

    [Fact]
    public void Constructor_TopNotAMultipleOfTheBin_RoundsTheBinCountUp()
    {
        var histogram = new SpeedHistogram(0.3, 0.5);
        histogram.Add(0.45, S(1));

        Assert.True(histogram.TryMedian(out var median));
        Assert.InRange(median, 0.3, 0.6);
    }
}
