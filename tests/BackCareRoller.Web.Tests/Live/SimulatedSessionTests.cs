using System.Reactive.Concurrency;
using BackCareRoller.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareRoller.Web.Tests.Live;

/// <summary>
/// The whole chain with nothing faked: the simulator source, the analysis pipeline, SQLite storage and a viewer on
/// real Kestrel. The session clock is a historical scheduler, so ten simulated minutes run in a moment.
/// </summary>
public sealed class SimulatedSessionTests : IAsyncLifetime
{
    private readonly HistoricalScheduler _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private LiveHost _host = null!;

    public async Task InitializeAsync() => _host = await LiveHost.StartAsync(
        services: s => s.AddSingleton<IScheduler>(_clock), realPipeline: true);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SimulatedSession_RealPipeline_AlertsPushedToViewerAndStored()
    {
        using var response = await _host.Http.PostAsync("/api/live", new StringContent("""{"source":"simulator","seed":7}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        using var viewer = await _host.ConnectAsync($"/ws/live/{id}");
        await viewer.ReceiveTypeAsync("hello");

        _clock.AdvanceBy(TimeSpan.FromHours(1));
        var alert = await viewer.ReceiveTypeAsync("alert");
        var speed = await viewer.ReceiveTypeAsync("speed");
        var ended = await viewer.ReceiveTypeAsync("ended");
        var report = await _host.Http.GetStringAsync($"/api/sessions/{id}/report");

        // Seed 7 holds a too-fast episode and lumbar stays: whichever comes first is pushed first; both are stored.
        Assert.Contains(alert.GetProperty("kind").GetString(), new[] { "too_fast", "lumbar", "neck" });
        Assert.True(speed.GetProperty("cm_per_s").GetDouble() >= 0);
        Assert.Equal("completed", ended.GetProperty("reason").GetString());
        Assert.Contains("\"too_fast\"", report, StringComparison.Ordinal);
        Assert.Contains("\"lumbar\"", report, StringComparison.Ordinal);
    }
}
