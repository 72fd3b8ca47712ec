using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;
using BriefingBot.Core.State;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Postgres;
using BriefingBot.Storage.Sql;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores, binds and validates the "Storage" section, and resolves Storage:DataDirectory against
    /// <paramref name="contentRoot"/>. The stores are provider-neutral; the <see cref="SqlDatabase"/> they run on is
    /// SQLite or PostgreSQL as Storage:Provider says, chosen when first resolved (after configuration is bound).
    /// The host must then call <see cref="IStorageInitializer.InitializeAsync"/> once before using any store.
    /// </summary>
    public static IServiceCollection AddBriefingStorage(this IServiceCollection services, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);

        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .PostConfigure(options =>
            {
                if (!string.IsNullOrWhiteSpace(options.DataDirectory))
                {
                    options.DataDirectory = Path.GetFullPath(options.DataDirectory, Path.GetFullPath(contentRoot));
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SqliteConnectionFactory>();
        services.TryAddSingleton<PostgresConnectionFactory>();
        services.TryAddSingleton<SqlDatabase>(provider =>
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Postgres
                ? provider.GetRequiredService<PostgresConnectionFactory>()
                : provider.GetRequiredService<SqliteConnectionFactory>());
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IStorageInitializer, StorageInitializer>();
        services.TryAddSingleton<IStoryStore, SqlStoryStore>();
        services.TryAddSingleton<ISourceStateStore, SqlSourceStateStore>();
        services.TryAddSingleton<ISubscriptionStore, SqlSubscriptionStore>();
        services.TryAddSingleton<IChatStore, SqlChatStore>();
        services.TryAddSingleton<IDeliveryLedger, SqlDeliveryLedger>();
        services.TryAddSingleton<IStateStore, SqlStateStore>();
        services.TryAddSingleton<ILeaseStore, SqlLeaseStore>();
        services.TryAddSingleton<IChatFilterStore, SqlChatFilterStore>();
        services.TryAddSingleton<IChatSourceStore, SqlChatSourceStore>();
        services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        return services;
    }
}
