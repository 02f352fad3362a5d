using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using BackCareRoller.Web.Tests.Support;

namespace BackCareRoller.Web.Tests.Security;

public sealed class PairingTokenTests : IAsyncLifetime
{
    private LiveHost _host = null!;

    public async Task InitializeAsync() => _host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_NoToken_Returns200WhenReady()
    {
        using var response = await _host.Anonymous.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/live")]
    [InlineData("/api/sessions")]
    [InlineData("/api/history")]
    [InlineData("/api/pairing")]
    public async Task DataEndpoint_NoTokenOnLoopback_Returns401WithReadableText(string path)
    {
        using var response = await _host.Anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("pairing token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataEndpoint_WrongToken_Returns403()
    {
        using var response = await _host.Anonymous.GetAsync("/api/live?token=wrong-token-0123456789");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DataEndpoint_TokenInQuery_Returns200()
    {
        using var response = await _host.Anonymous.GetAsync($"/api/live?token={LiveHost.Token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task DataEndpoint_WrongBearer_Returns403()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/sessions");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-at-all");
        using var response = await _host.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SensorLoggerPush_NoToken_Returns401()
    {
        using var response = await _host.Anonymous.PostAsync("/api/sensorlogger", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SensorSocket_NoToken_RefusedWith401BeforeUpgrade()
    {
        var id = await _host.StartSessionAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_host.WebSocketUri($"/ws/sensor/{id}?role=body", withToken: false), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
        Assert.Empty(_host.Pipeline.Seen);
    }

    [Fact]
    public async Task StaticPages_NoToken_Served()
    {
        using var response = await _host.Anonymous.GetAsync("/live.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("BackCareRoller", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
