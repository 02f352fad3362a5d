using BackCareRoller.Hosting.Options;

namespace BackCareRoller.Hosting.Tests.Options;

public sealed class LiveOptionsValidatorTests
{
    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(LiveOptions options) => new LiveOptionsValidator().Validate(null, options);

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(Validate(new LiveOptions()).Succeeded);
    }

    [Theory]
    [InlineData(1023, false)]
    [InlineData(1024, true)]
    public void Validate_MaxMessageBytesAtTheLowerBound(int bytes, bool valid)
    {
        Assert.Equal(valid, Validate(new LiveOptions { MaxMessageBytes = bytes }).Succeeded);
    }

    [Theory]
    [InlineData(9.9, false)]
    [InlineData(10, true)]
    public void Validate_IdleTimeoutAtTheLowerBound(double seconds, bool valid)
    {
        var result = Validate(new LiveOptions { IdleTimeout = TimeSpan.FromSeconds(seconds) });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("IdleTimeout", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_RollerDiameterOutOfRange_FailsNamingIt()
    {
        var result = Validate(new LiveOptions { DefaultRollerDiameterCm = 40 });

        Assert.Contains("DefaultRollerDiameterCm", result.FailureMessage, StringComparison.Ordinal);
    }
}
