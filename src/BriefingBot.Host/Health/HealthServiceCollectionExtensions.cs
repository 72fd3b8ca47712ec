using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Host.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Health checks for the database and the scheduler (adapters add their own), served on Health:ListenUrl.</summary>
    public static IServiceCollection AddBriefingHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        services.AddHostedService<HealthEndpointService>();
        return services;
    }
}
