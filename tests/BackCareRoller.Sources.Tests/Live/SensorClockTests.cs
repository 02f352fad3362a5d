using BackCareRoller.Sources.Live;

namespace BackCareRoller.Sources.Tests.Live;

public sealed class SensorClockTests
{
    [Fact]
    public void TryMap_AfterAnchor_KeepsDeviceSpacingFromArrivalTime()
    {
        var clock = new SensorClock();
        clock.AnchorIfNeeded(100.4, 100.5, TimeSpan.FromSeconds(3));

        Assert.True(clock.TryMap(100.4, out var earlier));
        Assert.True(clock.TryMap(100.5, out var anchored));

        Assert.Equal(TimeSpan.FromSeconds(2.9), earlier);
        Assert.Equal(TimeSpan.FromSeconds(3), anchored);
    }

    [Fact]
    public void AnchorIfNeeded_BatchLongerThanTheSessionSoFar_OldestSampleLandsAtZeroNotBefore()
    {
        var clock = new SensorClock();
        clock.AnchorIfNeeded(4.0, 5.0, TimeSpan.FromSeconds(0.2));

        Assert.True(clock.TryMap(4.0, out var oldest));
        Assert.True(clock.TryMap(5.0, out var newest));

        Assert.Equal(TimeSpan.Zero, oldest);
        Assert.Equal(TimeSpan.FromSeconds(1), newest);
    }

    [Fact]
    public void TryMap_TimeRunningBackwards_Refused()
    {
        var clock = new SensorClock();
        clock.AnchorIfNeeded(10, 10, TimeSpan.FromSeconds(1));
        Assert.True(clock.TryMap(10, out _));

        Assert.False(clock.TryMap(9.999, out _));
    }

    [Fact]
    public void TryMap_BeforeAnchorOrNotFinite_Refused()
    {
        var clock = new SensorClock();
        Assert.False(clock.TryMap(1, out _));
        clock.AnchorIfNeeded(1, 1, TimeSpan.Zero);

        Assert.False(clock.TryMap(double.NaN, out _));
    }

    [Fact]
    public void AnchorIfNeeded_SecondCall_DoesNotMoveTheClock()
    {
        var clock = new SensorClock();
        clock.AnchorIfNeeded(1, 1, TimeSpan.FromSeconds(5));
        clock.AnchorIfNeeded(50, 50, TimeSpan.FromSeconds(99));

        Assert.True(clock.TryMap(2, out var time));
        Assert.Equal(TimeSpan.FromSeconds(6), time);
    }
}
