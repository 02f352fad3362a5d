using System.Net;
using System.Text;
using BackCareRoller.Core.Samples;
using BackCareRoller.Web.Tests.Support;

namespace BackCareRoller.Web.Tests.SensorLogger;

public sealed class SensorLoggerEndpointTests : IAsyncLifetime
{
    private LiveHost _host = null!;

    public async Task InitializeAsync() => _host = await LiveHost.StartAsync(["--BackCare:Live:MaxMessageBytes=4096"]);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Message(long id, long startNs) => $$$"""
        {"messageId":{{{id}}},"sessionId":"rec-1","deviceId":"pixel","payload":[
          {"name":"totalacceleration","time":{{{startNs}}},"values":{"x":0.1,"y":9.8,"z":0.2}},
          {"name":"gyroscope","time":{{{startNs + 1_000_000}}},"values":{"x":0.4,"y":0,"z":0}},
          {"name":"gyroscope","time":{{{startNs + 11_000_000}}},"values":{"x":0.5,"y":0,"z":0}}]}
        """;

    [Fact]
    public async Task Push_NewRecording_StartsASessionAndFeedsIt()
    {
        using var response = await _host.Http.PostAsync("/api/sensorlogger?role=body", Body(Message(0, 1_700_000_000_000_000_000)));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 2, SocketFrames.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = Assert.Single(_host.Sessions.Sessions);
        Assert.Equal(BackCareRoller.Sources.ImuSourceKind.SensorLogger, session.Source.Kind);
        Assert.All(_host.Pipeline.Seen, s => Assert.Equal(SensorRole.Body, s.Sensor));
        Assert.Equal(TimeSpan.FromMilliseconds(10), _host.Pipeline.Seen[1].Time - _host.Pipeline.Seen[0].Time);
    }

    [Fact]
    public async Task Push_SameRecordingTwice_SameSession()
    {
        using var first = await _host.Http.PostAsync("/api/sensorlogger", Body(Message(0, 1_700_000_000_000_000_000)));
        using var second = await _host.Http.PostAsync("/api/sensorlogger", Body(Message(1, 1_700_000_000_100_000_000)));
        await _host.Pipeline.WaitForAsync(seen => seen.Count >= 4, SocketFrames.Timeout);

        Assert.Single(_host.Sessions.Sessions);
    }

    [Fact]
    public async Task Push_NotJson_Refused400WithSentenceForTheApp()
    {
        using var response = await _host.Http.PostAsync("/api/sensorlogger", Body("hello"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("BackCareRoller could not read this push", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_host.Sessions.Sessions);
    }

    [Fact]
    public async Task Push_OverTheSizeLimit_Refused413()
    {
        using var response = await _host.Http.PostAsync("/api/sensorlogger", Body("{\"messageId\":0,\"payload\":[],\"pad\":\"" + new string('x', 5000) + "\"}"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("batch period", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_BadRole_Refused400()
    {
        using var response = await _host.Http.PostAsync("/api/sensorlogger?role=knee", Body(Message(0, 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
