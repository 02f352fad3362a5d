using BackCareRoller.Core.RollAxis;
using BackCareRoller.Core.Samples;

namespace BackCareRoller.Core.Tests.RollAxis;

public sealed class RollAxisSettingsTests
{
    [Fact]
    public void Constructor_UnknownMountValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollAxisSettings(
            (RollerMount)9, 0.2, TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(60)));

    [Theory]
    [InlineData(0.0, 0.25, 0.5, 60)]
    [InlineData(0.2, 0.0, 0.5, 60)]
    [InlineData(0.2, 0.25, 0.0, 60)]
    [InlineData(0.2, 0.25, 0.5, 0)]
    public void Constructor_ValueNotPositive_Throws(double minRate, double first, double update, double memory) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RollAxisSettings(
            RollerMount.UnknownMount, minRate, TimeSpan.FromSeconds(first), TimeSpan.FromSeconds(update), TimeSpan.FromSeconds(memory)));
}
