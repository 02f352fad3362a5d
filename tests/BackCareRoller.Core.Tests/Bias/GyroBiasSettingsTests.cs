using BackCareRoller.Core.Bias;

namespace BackCareRoller.Core.Tests.Bias;

public sealed class GyroBiasSettingsTests
{
    public static TheoryData<double, double, double, double> Invalid => new()
    {
        { 0.0, 0.5, 2, 0.1 },
        { 0.05, -0.1, 2, 0.1 },
        { 0.05, 0.5, 0, 0.1 },
        { 0.05, 0.5, 2, 0 },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_ValueOutOfRange_Throws(double threshold, double still, double tau, double detect) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new GyroBiasSettings(
            threshold, TimeSpan.FromSeconds(still), TimeSpan.FromSeconds(tau), TimeSpan.FromSeconds(detect)));

    [Fact]
    public void Constructor_Valid_ComputesSecondsOnce()
    {
        var settings = new GyroBiasSettings(0.05, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(0.1));

        Assert.Equal((0.5, 2.0, 0.1), (settings.StillSeconds, settings.TimeConstantSeconds, settings.DetectionTimeConstantSeconds));
    }
}
