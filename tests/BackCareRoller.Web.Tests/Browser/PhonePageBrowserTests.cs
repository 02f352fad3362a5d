using BackCareRoller.Core.Samples;
using BackCareRoller.Web.Tests.Support;
using Xunit.Abstractions;

namespace BackCareRoller.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class PhonePageBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private LiveHost _host = null!;
    private Chromium _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await LiveHost.StartAsync();
        _browser = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task PhonePage_EmulatedMotionSensors_SamplesArriveAtTheServerInSiUnits()
    {
        var id = await _host.StartSessionAsync("phone");
        var page = await _browser.NewPageAsync();
        await page.UsePhoneScreenAsync();
        await _browser.SendAsync("Browser.grantPermissions", new { origin = _host.BaseUrl.GetLeftPart(UriPartial.Authority), permissions = new[] { "sensors" } });

        // Sensor overrides go in before the page loads. Phone upright, turning about all three axes at different rates.
        foreach (var type in new[] { "accelerometer", "linear-acceleration", "gyroscope" })
        {
            await page.SendAsync("Emulation.setSensorOverrideEnabled", new { enabled = true, type });
        }

        await page.SendAsync("Emulation.setSensorOverrideReadings", new { type = "accelerometer", reading = new { xyz = new { x = 0.0, y = 9.81, z = 0.0 } } });
        await page.SendAsync("Emulation.setSensorOverrideReadings", new { type = "linear-acceleration", reading = new { xyz = new { x = 0.0, y = 0.0, z = 0.0 } } });
        await page.SendAsync("Emulation.setSensorOverrideReadings", new { type = "gyroscope", reading = new { xyz = new { x = 0.5, y = -0.25, z = 0.125 } } });
        await page.NavigateAsync(new Uri(_host.BaseUrl, $"/phone.html?session={id}&role=body&token={LiveHost.Token}"));

        await page.EvaluateAsync("document.getElementById('go').click()");
        await _host.Pipeline.WaitForAsync(seen => seen.Count(s => s.Sensor == SensorRole.Body) >= 20, TimeSpan.FromSeconds(20));
        var rate = await page.WaitForAsync("Number(document.getElementById('rate').textContent) > 10 && Number(document.getElementById('rate').textContent)");
        await page.WaitForAsync("document.getElementById('server').textContent.includes('Server received')");
        output.WriteLine(await page.ScreenshotAsync("phone-streaming"));
        output.WriteLine($"achieved {rate} samples/s");

        var samples = _host.Pipeline.Seen.Where(s => s.Sensor == SensorRole.Body).ToList();
        output.WriteLine($"first sample: a={samples[0].Acceleration} ω={samples[0].AngularVelocity}");
        Assert.All(samples, s =>
        {
            // Readings come back rounded by Chromium, and rotationRate travels in deg/s before the page converts it.
            Assert.Equal(9.81, s.Acceleration.Y, 0.05);
            Assert.Equal(0.0, s.Acceleration.X, 0.05);
            Assert.Equal(0.5, s.AngularVelocity.X, 0.01);
            Assert.Equal(-0.25, s.AngularVelocity.Y, 0.01);
            Assert.Equal(0.125, s.AngularVelocity.Z, 0.01);
        });
        Assert.True(samples.Zip(samples.Skip(1)).All(pair => pair.Second.Time >= pair.First.Time));
    }
}
