using System.Numerics;
using BackCareRoller.Core.Samples;
using BackCareRoller.Web.Tests.Support;
using Xunit.Abstractions;

namespace BackCareRoller.Web.Tests.Browser;

[Collection(BrowserTests.Name)]
public sealed class LiveViewBrowserTests(ITestOutputHelper output) : IAsyncLifetime
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
    public async Task LivePage_SimulatedLumbarDrift_ShowsFullScreenAlertSpeaksAndReportShowsIt()
    {
        var id = await _host.StartSessionAsync("simulator");
        Assert.True(_host.Sessions.TryGet(id, out var session));
        var page = await _browser.NewPageAsync();
        await page.UsePhoneScreenAsync();
        await page.AddInitScriptAsync(ChromiumPage.SpeechAndVibrationHook);
        await page.NavigateAsync(new Uri(_host.BaseUrl, $"/live.html?session={id}&token={LiveHost.Token}"));
        await page.WaitForAsync("document.body.dataset.source === 'simulator'");

        // Roll the upper back at 3 cm/s, then drift into the lumbar zone.
        for (var i = 0; i < 20; i++)
        {
            session.Feed!.Post(new ImuSample(TimeSpan.FromMilliseconds(10 * i), SensorRole.Roller, Vector3.UnitY * 9.81f, new Vector3(0.4f, 0, 0)));
        }

        await page.WaitForAsync("document.getElementById('speed-value').textContent === '3.0'");
        output.WriteLine(await page.ScreenshotAsync("live-rolling", fullPage: true));
        session.Feed!.Post(new ImuSample(TimeSpan.FromMilliseconds(250), SensorRole.Roller, Vector3.UnitY * 9.81f, new Vector3(0.4f, 0, MarkerPipeline.LumbarMarker)));
        await page.WaitForAsync("!document.getElementById('alert').hidden && document.getElementById('alert-text').textContent === 'LOWER BACK — STOP'");
        var spoken = await page.WaitForAsync("window.__spoken.find(t => t.startsWith('Lower back'))");
        var vibrated = await page.EvaluateAsync("JSON.stringify(window.__vibrations)");
        var background = await page.EvaluateAsync("getComputedStyle(document.getElementById('alert')).position + ' ' + document.getElementById('alert').className");
        var zone = await page.EvaluateAsync("document.getElementById('zone-lumbar').classList.contains('current')");
        output.WriteLine(await page.ScreenshotAsync("live-lumbar-alert"));

        Assert.Equal("Lower back, stop!", spoken.GetString());
        Assert.Equal("[[500,200,500,200,500]]", vibrated.GetString());
        Assert.Equal("fixed alert-overlay lumbar", background.GetString());
        Assert.True(zone.GetBoolean());

        // The user acknowledges, stops, and reviews.
        await page.EvaluateAsync("document.getElementById('alert-ok').click()");
        await page.EvaluateAsync("document.getElementById('stop').click()");
        await page.WaitForAsync("!document.getElementById('ended').hidden");
        output.WriteLine(await page.ScreenshotAsync("live-ended"));
        await page.NavigateAsync(new Uri(_host.BaseUrl, $"/report.html?id={id}&token={LiveHost.Token}"));
        var summary = await page.WaitForAsync("document.getElementById('summary').textContent.includes('lower-back') && document.getElementById('summary').textContent");
        var alertRows = await page.EvaluateAsync("document.getElementById('alerts').textContent");
        output.WriteLine(await page.ScreenshotAsync("report", fullPage: true));

        Assert.Contains("1 lower-back", summary.GetString(), StringComparison.Ordinal);
        Assert.Contains("Lower back — stop", alertRows.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_StartSimulator_OpensLiveViewConnected()
    {
        var page = await _browser.NewPageAsync();
        await page.UsePhoneScreenAsync();
        await page.NavigateAsync(new Uri(_host.BaseUrl, $"/?token={LiveHost.Token}"));
        var navigated = page.NextLoadAsync();
        await page.EvaluateAsync("document.getElementById('start').click()");
        await navigated;
        await page.WaitForAsync("document.body.dataset.source === 'simulator'");
        output.WriteLine(await page.ScreenshotAsync("live-start"));

        Assert.Single(_host.Sessions.Sessions);
    }
}
