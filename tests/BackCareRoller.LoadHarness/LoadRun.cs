using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Web;
using BackCareRoller.Web.Pairing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareRoller.LoadHarness;

/// <summary>One load run: start the real app on Kestrel, connect the phones and viewers, stream, measure.</summary>
internal static class LoadRun
{
    private const string Token = "load-harness-token-0123456789";
    private const int SamplesPerBatch = 10;           // 100 Hz in batches of 10 ms x 10 = one batch per 100 ms
    private static readonly TimeSpan BatchPeriod = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MarkerEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(5);

    public static async Task<string> RunAsync(int sessionCount, TimeSpan duration, bool memoryStore)
    {
        var database = Path.Combine(Directory.CreateTempSubdirectory("backcare-load-").FullName, "load.db");
        var app = BackCareWebApp.Build(
            ["--BackCare:Serve:Urls=http://127.0.0.1:0", $"--BackCare:Serve:PairingToken={Token}", $"--BackCare:Storage:DatabasePath={database}",
             "--BackCare:Live:MaxConcurrentSessions=100000", "--Logging:LogLevel:Default=Warning"],
            services =>
            {
                services.AddSingleton<ILivePipeline, MarkerPipeline>();
                if (memoryStore)
                {
                    services.AddSingleton<InMemorySessionStore>();
                    services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<InMemorySessionStore>());
                    services.AddSingleton<ISessionHistory>(sp => sp.GetRequiredService<InMemorySessionStore>());
                }
            });
        await app.StartAsync();
        var baseUrl = new Uri(app.Services.GetRequiredService<PairingLinks>().BaseUrl);
        using var http = new HttpClient { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Token);

        // Connect: per session a roller phone, a body phone and a live viewer.
        var sessions = new List<Session>(sessionCount);
        for (var i = 0; i < sessionCount; i++)
        {
            using var response = await http.PostAsJsonAsync("/api/live", new { source = "phone" });
            response.EnsureSuccessStatusCode();
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var session = new Session(id);
            session.Roller = await ConnectAsync(baseUrl, $"/ws/sensor/{id}?role=roller");
            session.Body = await ConnectAsync(baseUrl, $"/ws/sensor/{id}?role=body");
            session.Viewer = await ConnectAsync(baseUrl, $"/ws/live/{id}");
            session.Listening = ListenAsync(session);
            sessions.Add(session);
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        // The first seconds warm up the JIT and the thread pool; latencies count from then on.
        var latencies = new ConcurrentBag<double>();
        var measureFrom = Stopwatch.GetTimestamp() + (long)(Warmup.TotalSeconds * Stopwatch.Frequency);
        foreach (var session in sessions)
        {
            session.Latencies = latencies;
            session.MeasureFrom = measureFrom;
        }

        // Stream: every 100 ms each phone sends 10 samples; every 2 s the roller's last sample is a marker.
        using var timer = new PeriodicTimer(BatchPeriod, TimeProvider.System);
        var ticks = (int)(duration / BatchPeriod);
        var markerEvery = (int)(MarkerEvery / BatchPeriod);
        long sent = 0;
        for (var tick = 0; tick < ticks && await timer.WaitForNextTickAsync(); tick++)
        {
            var sends = new List<Task>(sessions.Count * 2);
            for (var s = 0; s < sessions.Count; s++)
            {
                // Stagger markers across sessions so alerts do not all fall in one tick.
                var marker = (tick + s) % markerEvery == markerEvery - 1;
                sends.Add(sessions[s].SendAsync(sessions[s].Roller!, Batch(tick, marker), marker));
                sends.Add(sessions[s].SendAsync(sessions[s].Body!, Batch(tick, false), false));
            }

            await Task.WhenAll(sends);
            sent += sessions.Count * 2L * SamplesPerBatch;
        }

        var seconds = wall.Elapsed.TotalSeconds;
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        process.Refresh();
        var alertsExpected = sessions.Sum(s => s.MarkersSent);

        // Drain: the last batches and alerts arrive, then everyone leaves.
        foreach (var session in sessions)
        {
            await session.WaitForAlertsAsync(TimeSpan.FromSeconds(5));
        }

        var manager = app.Services.GetRequiredService<LiveSessionManager>();
        using (var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(20), TimeProvider.System))
        {
            for (var wait = 0; wait < 250 && manager.Sessions.Sum(s => s.SamplesReceived) < sent; wait++)
            {
                await poll.WaitForNextTickAsync();
            }
        }

        var received = manager.Sessions.Sum(s => s.SamplesReceived);

        var ordered = latencies.OrderBy(l => l).ToArray();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"sessions={sessionCount} sensors=2x100Hz duration={seconds:F1}s cores={Environment.ProcessorCount} store={(memoryStore ? "memory" : "sqlite")}");
        report.AppendLine(CultureInfo.InvariantCulture, $"samples sent={sent} received by server={received} dropped={sent - received}");
        report.AppendLine(CultureInfo.InvariantCulture, $"server throughput={received / seconds:F0} samples/s");
        report.AppendLine(CultureInfo.InvariantCulture, $"alerts expected={alertsExpected} received={sessions.Sum(s => s.AlertsReceived)} measured after {Warmup.TotalSeconds:F0}s warm-up={ordered.Length}");
        if (ordered.Length > 0)
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"alert latency ms: p50={Percentile(ordered, 0.50):F2} p95={Percentile(ordered, 0.95):F2} p99={Percentile(ordered, 0.99):F2} max={ordered[^1]:F2}");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"cpu (server + clients, one process)={cpu / seconds * 100:F0}% of one core ({cpu / seconds / Environment.ProcessorCount * 100:F0}% of the machine)");
        report.AppendLine(CultureInfo.InvariantCulture, $"memory: working set={process.WorkingSet64 / 1048576} MiB peak={process.PeakWorkingSet64 / 1048576} MiB managed heap={GC.GetTotalMemory(false) / 1048576} MiB");

        foreach (var session in sessions)
        {
            session.Dispose();
        }

        await app.StopAsync();
        await app.DisposeAsync();
        return report.ToString();
    }

    private static double Percentile(double[] ordered, double p) => ordered[Math.Min(ordered.Length - 1, (int)Math.Ceiling(p * ordered.Length) - 1)];

    private static byte[] Batch(int tick, bool marker)
    {
        var json = new StringBuilder("{\"type\":\"samples\",\"samples\":[");
        for (var i = 0; i < SamplesPerBatch; i++)
        {
            var ms = (tick * 100) + (i * 10);
            var gz = marker && i == SamplesPerBatch - 1 ? MarkerPipeline.Marker : 0.01;
            json.Append(CultureInfo.InvariantCulture, $"[{ms},0.12,9.79,0.31,0.35,0.02,{gz}]");
            json.Append(i == SamplesPerBatch - 1 ? "]}" : ",");
        }

        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri baseUrl, string path)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(baseUrl) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(new Uri(uri, $"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}token={Token}"), CancellationToken.None);
        return socket;
    }

    private static async Task ListenAsync(Session session)
    {
        // The viewer: every alert frame is matched to the oldest marker not yet answered.
        var buffer = new byte[16 * 1024];
        try
        {
            while (session.Viewer!.State == WebSocketState.Open)
            {
                var result = await session.Viewer.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (buffer.AsSpan(0, result.Count).IndexOf("\"kind\":\"lumbar\""u8) >= 0)
                {
                    session.AlertReceived(Stopwatch.GetTimestamp());
                }
            }
        }
        catch (WebSocketException)
        {
            // Closed at the end of the run.
        }
    }
}
