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
        var frames = new List<System.Text.Json.JsonElement>();
        while (await viewer.ReceiveFrameAsync() is { } frame)
        {
            frames.Add(frame);
        }

        var report = await _host.Http.GetStringAsync($"/api/sessions/{id}/report");
        string? Get(System.Text.Json.JsonElement f, string name) => f.TryGetProperty(name, out var v) ? v.ToString() : null;
        var alerts = frames.Where(f => Get(f, "type") == "alert").Select(f => Get(f, "kind")).ToList();

        // Seed 7 holds a too-fast episode and lumbar stays: the viewer gets alerts, speed and a normal end, and every
        // kind of alert pushed live is in the stored report too.
        Assert.Contains(alerts, kind => kind is "lumbar" or "too_fast");
        Assert.Contains(frames, f => Get(f, "type") == "speed");
        Assert.Equal("completed", Get(frames[^1], "reason"));
        foreach (var kind in alerts.Distinct())
        {
            Assert.Contains($"\"{kind}\"", report, StringComparison.Ordinal);
        }
    }
}
