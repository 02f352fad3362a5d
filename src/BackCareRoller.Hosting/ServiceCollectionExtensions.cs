using System.Reactive.Concurrency;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Hosting.Security;
using BackCareRoller.Hosting.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackCareRoller.Hosting;

/// <summary>The composition root of the live service (STYLE.md section 2: wiring lives here, not in Program.cs).</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers options (validated at start), the clock and scheduler, metrics, the pairing token, the pipeline,
    /// storage and the live-session manager. Registrations made before this call win (tests swap the pipeline,
    /// the source factory, the scheduler or the store).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddBackCareLive(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ServeOptions>().BindConfiguration(ServeOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServeOptions>, ServeOptionsValidator>();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LiveOptions>, LiveOptionsValidator>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IScheduler>(DefaultScheduler.Instance);
        services.AddMetrics();
        services.TryAddSingleton<LiveMetrics>();
        services.TryAddSingleton(sp => new PairingToken(sp.GetRequiredService<IOptions<ServeOptions>>().Value.PairingToken));

        services.TryAddSingleton<ILivePipeline, NoAnalysisPipeline>();
        services.TryAddSingleton<IImuSourceFactory, ImuSourceFactory>();
        services.TryAddSingleton<InMemorySessionStore>();
        services.TryAddSingleton<ISessionStore>(sp => sp.GetRequiredService<InMemorySessionStore>());
        services.TryAddSingleton<ISessionHistory>(sp => sp.GetRequiredService<InMemorySessionStore>());

        services.TryAddSingleton<LiveSessionManager>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSessionManager>());
        return services;
    }
}
