using BackCareRoller.Core.Speed;

namespace BackCareRoller.Core.Tests.Speed;

public sealed class OnRollerSettingsTests
{
    [Fact]
    public void UprightTiltDegrees_Above90_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OnRollerSettings.Default with { UprightTiltDegrees = 91 });

    [Fact]
    public void UprightTiltDegrees_Set_CosineComputedOnce() =>
        Assert.Equal(0.5, (OnRollerSettings.Default with { UprightTiltDegrees = 60 }).UprightCosine, 12);

    [Fact]
    public void Default_UprightCosine_IsCosineOf20Degrees() =>
        Assert.Equal(Math.Cos(20 * Math.PI / 180), OnRollerSettings.Default.UprightCosine, 12);

    [Fact]
    public void MinPassDuration_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OnRollerSettings.Default with { MinPassDuration = TimeSpan.FromSeconds(-1) });

    [Fact]
    public void SettledRate_NotPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OnRollerSettings.Default with { SettledRateRadiansPerSecond = 0 });
}
