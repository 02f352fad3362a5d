using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Web.Tests;

public sealed class SampleSettingsTests
{
    public static TheoryData<string> SampleFiles() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "appsettings.*.json").Select(path => Path.GetFileName(path))];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task SampleSettings_StartARealHost(string file)
    {
        // Loopback and a temporary database override the file's network address and database path.
        var database = Path.Combine(Directory.CreateTempSubdirectory("backcare-sample-").FullName, "s.db");
        var app = BackCareWebApp.Build(
            ["--BackCare:Serve:Urls=http://127.0.0.1:0", "--BackCare:Serve:AllowLan=false", $"--BackCare:Storage:DatabasePath={database}"],
            settingsFile: Path.Combine(AppContext.BaseDirectory, "Samples", file));

        await app.StartAsync();
        var serve = app.Services.GetRequiredService<IOptions<Hosting.Options.ServeOptions>>().Value;
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.Equal("http://127.0.0.1:0", serve.Urls);
    }

    [Fact]
    public async Task BadSetting_StopsStartNamingTheKey()
    {
        var app = BackCareWebApp.Build(["--BackCare:Serve:Urls=http://127.0.0.1:0", "--BackCare:Live:MaxMessageBytes=10"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
        await app.DisposeAsync();

        Assert.Contains("MaxMessageBytes", error.Message, StringComparison.Ordinal);
    }
}
