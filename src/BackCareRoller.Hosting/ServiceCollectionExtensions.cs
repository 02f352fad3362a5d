using System.Reactive.Concurrency;
using BackCareRoller.Hosting.Live;
using BackCareRoller.Hosting.Options;
using BackCareRoller.Hosting.Persistence;
using BackCareRoller.Hosting.Security;
using BackCareRoller.Hosting.Telemetry;
using BackCareRoller.Storage;
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

        services.TryAddSingleton<ILivePipeline, SessionPipelineAdapter>();
        services.TryAddSingleton<IImuSourceFactory, ImuSourceFactory>();
        // Sessions go to the CLI's SQLite database (BackCare:Storage:DatabasePath/--db, BACKCARE_DB or the user's
        // data folder); it opens before the session manager starts, so a bad path stops start-up.
        if (!services.Any(d => d.ServiceType == typeof(ISessionStore)))
        {
            services.AddOptions<SessionStoreOptions>().BindConfiguration("BackCare:Storage");
            services.AddSingleton<SqliteSessionStore>();
            services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<SqliteSessionStore>());
            services.AddSingleton<ISessionHistory>(sp => sp.GetRequiredService<SqliteSessionStore>());
            services.AddHostedService(sp => sp.GetRequiredService<SqliteSessionStore>());
        }

        services.TryAddSingleton<LiveSessionManager>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveSessionManager>());
        return services;
    }
}
