using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace BackCareRoller.Web;

/// <summary><c>/health</c>: healthy once the host has started and until it begins to stop.</summary>
internal sealed class ReadyHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Healthy("ready")
            : HealthCheckResult.Unhealthy("starting or stopping"));
}
