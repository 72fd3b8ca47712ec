using BriefingBot.Core.Briefings;
using BriefingBot.Core.News;
using BriefingBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace BriefingBot.Host.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    public static JobKey IngestJobKey { get; } = new("ingest");

    public static JobKey DeliveryJobKey { get; } = new("delivery");

    /// <summary>
    /// Quartz with two jobs: ingest (at start, then every News:IngestInterval) and delivery (every
    /// Briefing:DeliveryPollInterval; the ledger makes each briefing go out once per local day). The job store is the
    /// configured database (Scheduling:JobStore = Database, the default): on PostgreSQL the instances sharing it form a
    /// cluster, so each firing runs on one of them; on SQLite it is one instance's schedule that survives restarts.
    /// </summary>
    public static IServiceCollection AddBriefingScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var news = configuration.GetSection(NewsOptions.SectionName).Get<NewsOptions>() ?? new NewsOptions();
        var briefing = configuration.GetSection(BriefingOptions.SectionName).Get<BriefingOptions>() ?? new BriefingOptions();
        var scheduling = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();

        // Read leniently: a wrong Storage:Provider is reported (naming the key) by the Storage section's validation at start.
        var provider = Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)}"], ignoreCase: true, out var parsed)
            ? parsed
            : StorageProvider.Sqlite;

        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>());
        services.TryAddSingleton<DatabaseOutage>();
        services.AddQuartz(q =>
        {
            // The scheduler fires on real time; jobs read "now" from the injected TimeProvider (faked in tests).
            q.UseTimeProvider(TimeProvider.System);
            if (scheduling.JobStore == JobStoreKind.Database)
            {
                q.UsePersistentStore(store => QuartzJobStore.Configure(store, provider, scheduling));
            }

            q.ScheduleJob<IngestJob>(
                trigger => trigger.WithIdentity("ingest").StartNow().WithSimpleSchedule(news.IngestInterval),
                job => job.WithIdentity(IngestJobKey));
            q.ScheduleJob<DeliveryJob>(
                trigger => trigger.WithIdentity("delivery").StartNow().WithSimpleSchedule(briefing.DeliveryPollInterval),
                job => job.WithIdentity(DeliveryJobKey));
        });
        // Started once the database answers and shut down within the host's shutdown time by SchedulerStarter, not by
        // Quartz's hosted service (its start tries once, in the background; its shutdown can wait forever).
        services.TryAddSingleton<SchedulerStartFailure>();
        services.AddHostedService<SchedulerStarter>();
        return services;
    }
}
