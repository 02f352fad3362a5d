using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class RollerMotionSettingsTests
{
    [Theory]
    [InlineData(0.009)]
    [InlineData(0.151)]
    public void WithRollerRadius_OutOfRange_Throws(double radius) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RollerMotionSettings.Default.WithRollerRadius(radius));

    [Fact]
    public void WithRollerRadius_InRange_KeepsThreshold()
    {
        var settings = RollerMotionSettings.Default.WithRollerRadius(0.09);

        Assert.Equal((0.09, 0.05), (settings.RollerRadiusMeters, settings.RollingThresholdRadiansPerSecond));
    }

    [Fact]
    public void Constructor_ThresholdNotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollerMotionSettings(0.075, 0));
}
