using BriefingBot.Core.Chats;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BriefingBot.Host.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Health checks for the database, the scheduler and each platform adapter's connection, served on Health:ListenUrl.</summary>
    public static IServiceCollection AddBriefingHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<SchedulerHealthCheck>("scheduler");

        // One check per platform adapter, named after it ("telegram", "discord"); adapters are added after this call.
        services.AddOptions<HealthCheckServiceOptions>().Configure<IEnumerable<AdapterConnection>>((health, connections) =>
        {
            foreach (var connection in connections)
            {
                health.Registrations.Add(new HealthCheckRegistration(
                    connection.Platform.ToLowerInvariant(), _ => new AdapterHealthCheck(connection), failureStatus: null, tags: ["adapter"]));
            }
        });
        services.AddHostedService<HealthEndpointService>();
        return services;
    }
}
