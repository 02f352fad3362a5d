using BackCareRoller.Hosting.Security;

namespace BackCareRoller.Hosting.Tests.Security;

public sealed class PairingTokenTests
{
    [Fact]
    public void Constructor_NoneConfigured_GeneratesAUrlSafe128BitToken()
    {
        var first = new PairingToken(null);
        var second = new PairingToken("");

        Assert.True(first.IsGenerated);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", first.Value);
        Assert.NotEqual(first.Value, second.Value);
    }

    [Fact]
    public void Constructor_Configured_UsesIt()
    {
        var token = new PairingToken("my-home-token-123456");

        Assert.False(token.IsGenerated);
        Assert.Equal("my-home-token-123456", token.Value);
    }

    [Theory]
    [InlineData("my-home-token-123456", true)]
    [InlineData("my-home-token-12345", false)]
    [InlineData("my-home-token-1234567", false)]
    [InlineData("MY-HOME-TOKEN-123456", false)]
    [InlineData("", false)]
    public void Matches_OnlyTheExactToken(string candidate, bool expected)
    {
        Assert.Equal(expected, new PairingToken("my-home-token-123456").Matches(candidate));
    }

    [Fact]
    public void Matches_HugeCandidate_RefusedWithoutWork()
    {
        Assert.False(new PairingToken("my-home-token-123456").Matches(new string('a', 100_000)));
    }
}
