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
    public void WithRollerRadius_InRange_KeepsEverythingElse()
    {
        var settings = RollerMotionSettings.Default.WithRollerRadius(0.09);

        Assert.Equal(0.09, settings.RollerRadiusMeters);
        Assert.Equal(RollerMotionSettings.Default.MinPassDuration, settings.MinPassDuration);
        Assert.Equal(RollerMotionSettings.Default.UprightCosine, settings.UprightCosine);
    }

    [Fact]
    public void Constructor_UprightTiltAbove90_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollerMotionSettings(
            0.075, 0.05, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(40), 91, TimeSpan.FromSeconds(0.5)));
}
