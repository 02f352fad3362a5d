using BackCareRoller.Hosting;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Web.History;
using BackCareRoller.Web.Json;
using BackCareRoller.Web.Live;
using BackCareRoller.Web.Pairing;
using BackCareRoller.Web.Phone;
using BackCareRoller.Web.Security;
using BackCareRoller.Web.SensorLogger;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackCareRoller.Web;

/// <summary>Builds the <c>backcare serve</c> web application: Kestrel, the live service, the API and the embedded web app.</summary>
public static class BackCareWebApp
{
    /// <summary>Builds the application; configuration comes from appsettings.json, environment variables and <paramref name="args"/>.</summary>
    /// <param name="args">Configuration arguments, e.g. <c>--BackCare:Serve:Urls=http://127.0.0.1:0</c>.</param>
    /// <param name="configureServices">Registrations that take precedence over the defaults (tests swap the pipeline or store).</param>
    /// <param name="settingsFile">A JSON settings file (e.g. <c>samples/appsettings.phone.json</c>); <paramref name="args"/> still win.</param>
    /// <returns>The application, not yet started.</returns>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null, string? settingsFile = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settingsFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(settingsFile), optional: false, reloadOnChange: false);
            builder.Configuration.AddCommandLine(args);
        }

        builder.WebHost.UseUrls(builder.Configuration[$"{ServeOptions.SectionName}:{nameof(ServeOptions.Urls)}"] ?? ServeOptions.DefaultUrls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        // `serve` reports a failed start itself, in one sentence naming the setting.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // systemd: readiness notification and journal-friendly logs when run as a unit; no effect elsewhere.
        builder.Services.AddSystemd();
        configureServices?.Invoke(builder.Services);
        builder.Services.AddBackCareLive();
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        builder.Services.AddHealthChecks().AddCheck<ReadyHealthCheck>("ready");
        builder.Services.AddSingleton<PairingLinks>();
        builder.Services.AddSingleton<LiveViewerSocket>();
        builder.Services.AddSingleton<SensorSocket>();
        builder.Services.AddSingleton<SensorLoggerEndpoint>();

        var app = builder.Build();
        Map(app);
        return app;
    }

    private static void Map(WebApplication app)
    {
        var webApp = new EmbeddedFileProvider(typeof(BackCareWebApp).Assembly, "BackCareRoller.Web.wwwroot");
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.UseMiddleware<PairingTokenMiddleware>();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = webApp });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = webApp,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });

        app.MapHealthChecks("/health");
        LiveEndpoints.Map(app);
        HistoryEndpoints.Map(app);
        PairingEndpoints.Map(app);
        app.MapGet("/ws/sensor/{id}", (HttpContext context, string id, SensorSocket socket) => socket.HandleAsync(context, id));
        app.MapPost("/api/sensorlogger", (HttpContext context, SensorLoggerEndpoint endpoint) => endpoint.HandleAsync(context));
    }
}
