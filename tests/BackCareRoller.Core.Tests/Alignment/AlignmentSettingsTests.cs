using BackCareRoller.Core.Alignment;

namespace BackCareRoller.Core.Tests.Alignment;

public sealed class AlignmentSettingsTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    public void Constructor_GapThresholdNotPositive_Throws(double seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentSettings(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Default_GapThreshold_Is250Milliseconds() =>
        Assert.Equal(TimeSpan.FromMilliseconds(250), AlignmentSettings.Default.GapThreshold);
}
