using System.Net;
using BackCareRoller.Core.Samples;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Web.Tests.Support;

namespace BackCareRoller.Web.Tests.Live;

public sealed class LiveSessionFlowTests : IAsyncLifetime
{
    private LiveHost _host = null!;

    public async Task InitializeAsync() => _host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task LumbarAlert_FromPhoneSample_PushedToConnectedViewer()
    {
        var id = await _host.StartSessionAsync();
        using var viewer = await _host.ConnectAsync($"/ws/live/{id}");
        var hello = await viewer.ReceiveTypeAsync("hello");
        using var phone = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        await phone.SendAsync(SocketFrames.Batch((0, 0, 9.81, 0, 0.3, 0, 0), (10, 0, 9.81, 0, 0.3, 0, MarkerPipeline.LumbarMarker)));
        var alert = await viewer.ReceiveTypeAsync("alert");

        Assert.Equal(id, hello.GetProperty("session").GetString());
        Assert.Equal("lumbar", alert.GetProperty("kind").GetString());
        Assert.Equal("Lower back — stop", alert.GetProperty("message").GetString());
    }

    [Fact]
    public async Task ViewerConnectingLate_GetsCurrentZoneFirst()
    {
        var id = await _host.StartSessionAsync();
        Assert.True(_host.Sessions.TryGet(id, out var session));
        session.Feed!.Post(new ImuSample(TimeSpan.FromSeconds(1), SensorRole.Roller, default, new(0, 0, MarkerPipeline.LumbarMarker)));

        using var viewer = await _host.ConnectAsync($"/ws/live/{id}");
        var zone = await viewer.ReceiveTypeAsync("zone");

        Assert.Equal("lumbar", zone.GetProperty("zone").GetString());
    }

    [Fact]
    public async Task Stop_EndsViewerStreamAndSavesTheReport()
    {
        var id = await _host.StartSessionAsync();
        Assert.True(_host.Sessions.TryGet(id, out var session));
        using var viewer = await _host.ConnectAsync($"/ws/live/{id}");
        await viewer.ReceiveTypeAsync("hello");
        session.Feed!.Post(new ImuSample(TimeSpan.FromSeconds(2), SensorRole.Roller, default, new(0, 0, MarkerPipeline.LumbarMarker)));

        using var stop = await _host.Http.PostAsync($"/api/live/{id}/stop", null);
        var ended = await viewer.ReceiveTypeAsync("ended");
        var closed = await viewer.ReceiveFrameAsync();
        var report = await _host.Http.GetStringAsync($"/api/sessions/{id}/report");

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Equal("stopped", ended.GetProperty("reason").GetString());
        Assert.Null(closed);
        Assert.Contains("\"format\":\"backcare-report/1\"", report, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"lumbar\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartSession_UnknownSource_Returns400WithText()
    {
        using var response = await _host.Http.PostAsync("/api/live", new StringContent("""{"source":"carrier_pigeon"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("carrier_pigeon", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GracefulShutdown_RunningSessionClosedAndSaved()
    {
        var id = await _host.StartSessionAsync();
        using var phone = await _host.ConnectAsync($"/ws/sensor/{id}?role=body");
        await phone.SendAsync(SocketFrames.StillBatch(5));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 5, SocketFrames.Timeout);
        Assert.True(_host.Sessions.TryGet(id, out var session));

        await _host.App.StopAsync();

        Assert.True(session.Ended.IsCompletedSuccessfully);
        Assert.Equal(SessionEndReason.Shutdown, (await session.Ended).Reason);
        var stored = Assert.Single(await _host.History.ListAsync(10, CancellationToken.None), s => s.Id == id);
        Assert.Equal("completed", stored.Status);
        Assert.NotNull(await _host.History.GetReportAsync(id, CancellationToken.None));
    }
}
