using BriefingBot.Core.Briefings;
using BriefingBot.Core.News;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace BriefingBot.Host.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with two jobs: ingest (at start, then every News:IngestInterval) and delivery (every
    /// Briefing:DeliveryPollInterval; the ledger makes each briefing go out once per local day).
    /// </summary>
    public static JobKey IngestJobKey { get; } = new("ingest");

    public static JobKey DeliveryJobKey { get; } = new("delivery");

    public static IServiceCollection AddBriefingScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var news = configuration.GetSection(NewsOptions.SectionName).Get<NewsOptions>() ?? new NewsOptions();
        var briefing = configuration.GetSection(BriefingOptions.SectionName).Get<BriefingOptions>() ?? new BriefingOptions();
        services.AddQuartz(q =>
        {
            // The scheduler fires on real time; jobs read "now" from the injected TimeProvider (faked in tests).
            q.UseTimeProvider(TimeProvider.System);
            q.ScheduleJob<IngestJob>(
                trigger => trigger.WithIdentity("ingest").StartNow().WithSimpleSchedule(news.IngestInterval),
                job => job.WithIdentity(IngestJobKey));
            q.ScheduleJob<DeliveryJob>(
                trigger => trigger.WithIdentity("delivery").StartNow().WithSimpleSchedule(briefing.DeliveryPollInterval),
                job => job.WithIdentity(DeliveryJobKey));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
