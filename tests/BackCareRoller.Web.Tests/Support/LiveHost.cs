using System.Net.Http.Headers;
using System.Net.WebSockets;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Web.Pairing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareRoller.Web.Tests.Support;

/// <summary>The real app on real Kestrel at 127.0.0.1, port 0, with the marker pipeline and an in-memory store.</summary>
internal sealed class LiveHost : IAsyncDisposable
{
    public const string Token = "test-token-0123456789";

    private LiveHost(WebApplication app, MarkerPipeline pipeline)
    {
        App = app;
        Pipeline = pipeline;
        var links = app.Services.GetRequiredService<PairingLinks>();
        BaseUrl = new Uri(links.BaseUrl);
        Http = new HttpClient { BaseAddress = BaseUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        Anonymous = new HttpClient { BaseAddress = BaseUrl };
    }

    public WebApplication App { get; }

    public MarkerPipeline Pipeline { get; }

    public Uri BaseUrl { get; }

    public HttpClient Http { get; }

    public HttpClient Anonymous { get; }

    public LiveSessionManager Sessions => App.Services.GetRequiredService<LiveSessionManager>();

    public ISessionHistory History => App.Services.GetRequiredService<ISessionHistory>();

    public static async Task<LiveHost> StartAsync(IEnumerable<string>? settings = null, Action<IServiceCollection>? services = null, bool realPipeline = false)
    {
        var pipeline = new MarkerPipeline();
        // A fresh SQLite database per host, as the CLI would use.
        var database = Path.Combine(Directory.CreateTempSubdirectory("backcare-web-").FullName, "sessions.db");
        string[] args = ["--BackCare:Serve:Urls=http://127.0.0.1:0", $"--BackCare:Serve:PairingToken={Token}", $"--BackCare:Storage:DatabasePath={database}", "--Logging:LogLevel:Default=Warning", .. settings ?? []];
        var app = BackCareWebApp.Build(args, s =>
        {
            if (!realPipeline)
            {
                s.AddSingleton<ILivePipeline>(pipeline);
                s.AddSingleton<IImuSourceFactory, TestSourceFactory>();
            }

            services?.Invoke(s);
        });
        await app.StartAsync();
        return new LiveHost(app, pipeline);
    }

    public Uri WebSocketUri(string pathAndQuery, bool withToken = true)
    {
        var builder = new UriBuilder(BaseUrl) { Scheme = "ws" };
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri(builder.Uri, withToken ? $"{pathAndQuery}{separator}token={Token}" : pathAndQuery);
    }

    public async Task<ClientWebSocket> ConnectAsync(string pathAndQuery)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(WebSocketUri(pathAndQuery), CancellationToken.None);
        return socket;
    }

    public async Task<string> StartSessionAsync(string source = "phone")
    {
        using var response = await Http.PostAsync("/api/live", new StringContent($$"""{"source":"{{source}}"}""", System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Anonymous.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
