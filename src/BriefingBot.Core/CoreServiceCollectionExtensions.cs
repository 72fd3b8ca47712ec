using BriefingBot.Core.Briefings;
using BriefingBot.Core.Clustering;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Handlers;
using BriefingBot.Core.Commands.Handlers.Channels;
using BriefingBot.Core.Commands.Handlers.Moderation;
using BriefingBot.Core.Commands.Handlers.Scheduling;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Digests;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Text;
using BriefingBot.Core.State;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The shared core: options ("Briefing", "News", "Clustering", "Moderation", "Cluster"), news reading, analysis, briefings, delivery and the command catalog.
    /// Stores (<see cref="Stories.IStoryStore"/> and the rest) come from a storage package; chat platforms
    /// register <see cref="IChatPlatform"/> themselves.
    /// </summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<BriefingOptions>().BindConfiguration(BriefingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BriefingOptions>, BriefingOptionsValidator>());
        services.AddOptions<NewsOptions>().BindConfiguration(NewsOptions.SectionName).ValidateOnStart();
        services.AddOptions<ClusteringOptions>().BindConfiguration(ClusteringOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusteringOptions>, ClusteringOptionsValidator>());
        services.AddOptions<ModerationOptions>().BindConfiguration(ModerationOptions.SectionName).ValidateOnStart();
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName)
            .Validate(o => o.ReceiverLease >= TimeSpan.FromSeconds(3) && o.ReceiverLease <= TimeSpan.FromMinutes(10), "Cluster:ReceiverLease must be between 00:00:03 and 00:10:00.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModerationOptions>, ModerationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddBriefingNews();

        services.TryAddSingleton<ISentenceSplitter, SentenceSplitter>();
        services.TryAddSingleton<ISummarizer, ExtractiveSummarizer>();
        services.TryAddSingleton<IEntityExtractor, EntityExtractor>();
        services.TryAddSingleton<IWhoService, WhoService>();
        services.TryAddSingleton<StoryGeneration>();
        services.TryAddSingleton<WhoLookup>();
        services.TryAddSingleton<ArticleEnricher>();
        services.TryAddSingleton<StoryAnalyzer>();
        services.TryAddSingleton<ReportNovelty>();
        services.TryAddSingleton<StoryClusterer>();
        services.TryAddSingleton<IngestService>();
        services.TryAddSingleton<NewsCycle>();
        services.TryAddSingleton<NewsReadiness>();

        // Topics: the taxonomy file (News:TopicsFile) is read when a story is first classified.
        services.TryAddSingleton<ITopicClassifier>(provider => new TopicClassifier(provider.GetRequiredService<IOptions<NewsOptions>>()));

        services.TryAddSingleton<FilterSubjects>();
        services.TryAddSingleton<ChatFeedService>();
        services.TryAddSingleton<SourceFailureNotices>();
        services.TryAddSingleton<BriefingComposer>();
        services.TryAddSingleton<BriefingService>();
        services.AddMetrics();
        services.TryAddSingleton<DeliveryMetrics>();
        services.TryAddSingleton<SlotBriefingCache>();
        services.TryAddSingleton<IBriefingProfiles, ChatBriefingProfiles>();
        services.TryAddSingleton<DeliveryService>();
        services.TryAddSingleton<ExclusiveReceiver>();

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ICommandHandler, StartCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, HelpCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, BriefingCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, StoryCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, WhoCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, SubscribeCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, PersonalCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, UnsubscribeCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, SettingsCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, FilterAddCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, FilterListCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, FilterRemoveCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, FilterTestCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, SourceAddCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, SourceListCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, SourceRemoveCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ScheduleTimeCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ScheduleItemsCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ScheduleQuietCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ChannelSetCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ChannelShowCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, ChannelClearCommand>(),
            ServiceDescriptor.Singleton<ICommandHandler, AuditCommand>(),
        ]);
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<SubscriptionChanger>();
        services.TryAddSingleton<ChatSettingsEditor>();
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<CommandDispatcher>();
        return services;
    }
}
