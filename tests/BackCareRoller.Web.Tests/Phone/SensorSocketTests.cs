using System.Net.WebSockets;
using BackCareRoller.Core.Samples;
using BackCareRoller.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareRoller.Web.Tests.Phone;

public sealed class SensorSocketTests : IAsyncLifetime
{
    private LiveHost _host = null!;

    public async Task InitializeAsync() => _host = await LiveHost.StartAsync(
        ["--BackCare:Live:MaxMessageBytes=2048", "--BackCare:Live:MaxSamplesPerMessage=20", "--BackCare:Live:MaxMessagesPerSecond=5"],
        services => services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero))));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Batch_FromPhone_ReachesThePipelineInRoleWithPhoneSpacing()
    {
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=body");

        await socket.SendAsync(SocketFrames.Batch((1000, 0.1, 9.8, 0.2, 0.5, 0, 0), (1010, 0.1, 9.8, 0.2, 0.6, 0, 0)));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 2, SocketFrames.Timeout);

        var seen = _host.Pipeline.Seen;
        Assert.All(seen, s => Assert.Equal(SensorRole.Body, s.Sensor));
        Assert.Equal(TimeSpan.FromMilliseconds(10), seen[1].Time - seen[0].Time);
        Assert.Equal(0.6f, seen[1].AngularVelocity.X);
    }

    [Fact]
    public async Task MalformedFrame_GetsErrorFrameIsCountedAndTheConnectionGoesOn()
    {
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        await socket.SendAsync("{\"type\":\"samples\",\"samples\":[[1,2,3]]}");
        var error = await socket.ReceiveTypeAsync("error");
        await socket.SendAsync(SocketFrames.StillBatch(3));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 3, SocketFrames.Timeout);

        Assert.Equal("malformed", error.GetProperty("code").GetString());
        Assert.Contains("7 numbers", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(_host.Sessions.TryGet(id, out var session));
        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(3, session.SamplesReceived);
    }

    [Fact]
    public async Task BinaryFrame_GetsErrorFrame()
    {
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        var error = await socket.ReceiveTypeAsync("error");

        Assert.Equal("malformed", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task TooManySamplesInOneFrame_RefusedWithErrorFrame()
    {
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        await socket.SendAsync(SocketFrames.StillBatch(21));
        var error = await socket.ReceiveTypeAsync("error");

        Assert.Equal("too_many_samples", error.GetProperty("code").GetString());
        Assert.Empty(_host.Pipeline.Seen);
    }

    [Fact]
    public async Task FrameOverTheSizeLimit_ClosedWithMessageTooBig()
    {
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        await socket.SendAsync("{\"type\":\"ping\",\"pad\":\"" + new string('x', 2100) + "\"}");
        var error = await socket.ReceiveTypeAsync("error");
        var closed = await socket.ReceiveFrameAsync();

        Assert.Equal("too_big", error.GetProperty("code").GetString());
        Assert.Null(closed);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, socket.CloseStatus);
    }

    [Fact]
    public async Task MessagesOverTheRate_DroppedCountedAndToldOnce()
    {
        // The clock is frozen, so the bucket of 5 messages per second never refills.
        var id = await _host.StartSessionAsync();
        using var socket = await _host.ConnectAsync($"/ws/sensor/{id}?role=roller");

        for (var i = 0; i < 7; i++)
        {
            await socket.SendAsync(SocketFrames.StillBatch(2, startMs: i * 100));
        }

        var error = await socket.ReceiveTypeAsync("error");
        await socket.SendAsync("{\"type\":\"ping\"}");

        Assert.Equal("rate_limited", error.GetProperty("code").GetString());
        Assert.True(_host.Sessions.TryGet(id, out var session));
        Assert.Equal(10, session.SamplesReceived);
    }

    [Fact]
    public async Task UnknownSession_Refused404()
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(_host.WebSocketUri("/ws/sensor/nosuchsession?role=body"), CancellationToken.None));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, socket.HttpStatusCode);
    }

    [Fact]
    public async Task TwoSessions_EachGetsOnlyItsOwnSamples()
    {
        var first = await _host.StartSessionAsync();
        var second = await _host.StartSessionAsync();
        using var a = await _host.ConnectAsync($"/ws/sensor/{first}?role=roller");
        using var b = await _host.ConnectAsync($"/ws/sensor/{second}?role=body");

        await a.SendAsync(SocketFrames.StillBatch(4));
        await b.SendAsync(SocketFrames.StillBatch(6));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 10, SocketFrames.Timeout);

        Assert.True(_host.Sessions.TryGet(first, out var one));
        Assert.True(_host.Sessions.TryGet(second, out var two));
        Assert.Equal(4, one.SamplesReceived);
        Assert.Equal(6, two.SamplesReceived);
    }
}
