using BackCareRoller.Sources.Ble.Link;

namespace BackCareRoller.Sources.Ble.Tests.Link;

public sealed class RollerLinkSettingsTests
{
    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(3, 2000)]
    [InlineData(5, 8000)]
    [InlineData(6, 10000)]
    [InlineData(1000, 10000)]
    public void Backoff_Attempt_DoublesUpToTheMaximum(int attempt, int milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), new RollerLinkSettings().Backoff(attempt));
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        new RollerLinkSettings().Validate();
    }

    [Theory]
    [InlineData(nameof(RollerLinkSettings.ConnectTimeout))]
    [InlineData(nameof(RollerLinkSettings.InitialBackoff))]
    [InlineData(nameof(RollerLinkSettings.StallTimeout))]
    [InlineData(nameof(RollerLinkSettings.SampleRateHz))]
    public void Validate_ValueOutOfRange_ThrowsNamingIt(string property)
    {
        var settings = property switch
        {
            nameof(RollerLinkSettings.ConnectTimeout) => new RollerLinkSettings { ConnectTimeout = TimeSpan.FromMilliseconds(999) },
            nameof(RollerLinkSettings.InitialBackoff) => new RollerLinkSettings { InitialBackoff = TimeSpan.FromSeconds(11) },
            nameof(RollerLinkSettings.StallTimeout) => new RollerLinkSettings { StallTimeout = TimeSpan.FromMilliseconds(99) },
            _ => new RollerLinkSettings { SampleRateHz = 0 },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(settings.Validate);

        Assert.Equal(property, error.ParamName);
    }

    [Fact]
    public void LinkGap_Duration_IsEndMinusStart()
    {
        Assert.Equal(TimeSpan.FromSeconds(1.5), new LinkGap(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3.5)).Duration);
    }
}
