using BackCareRoller.Hosting.Options;

namespace BackCareRoller.Hosting.Tests.Options;

public sealed class ServeOptionsValidatorTests
{
    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(ServeOptions options) => new ServeOptionsValidator().Validate(null, options);

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:0")]
    [InlineData("http://[::1]:5080;http://127.0.0.1:5081")]
    public void Validate_LoopbackAddress_Succeeds(string urls)
    {
        Assert.True(Validate(new ServeOptions { Urls = urls }).Succeeded);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.20:5080")]
    public void Validate_LanAddressWithoutAllowLan_FailsNamingTheKeyAndTheFlag(string urls)
    {
        var result = Validate(new ServeOptions { Urls = urls });

        Assert.True(result.Failed);
        Assert.Contains("BackCare:Serve:Urls", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("--lan", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LanAddressWithAllowLan_Succeeds()
    {
        Assert.True(Validate(new ServeOptions { Urls = "http://0.0.0.0:5080", AllowLan = true }).Succeeded);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("not a url")]
    public void Validate_NotHttp_Fails(string urls)
    {
        Assert.True(Validate(new ServeOptions { Urls = urls }).Failed);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("has spaces in it and is long")]
    [InlineData("0123456789abcde")]
    public void Validate_BadPairingToken_Fails(string token)
    {
        var result = Validate(new ServeOptions { PairingToken = token });

        Assert.True(result.Failed);
        Assert.Contains("PairingToken", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SixteenCharacterToken_Succeeds()
    {
        Assert.True(Validate(new ServeOptions { PairingToken = "0123456789abcdef" }).Succeeded);
    }
}
