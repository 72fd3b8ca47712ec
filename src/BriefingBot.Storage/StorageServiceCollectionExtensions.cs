using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.News;
using BriefingBot.Core.State;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Storage.Migrations;
using BriefingBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stores (SQLite), binds and validates the "Storage" section, and resolves
    /// Storage:DataDirectory against <paramref name="contentRoot"/>. The host must then call
    /// <see cref="IStorageInitializer.InitializeAsync"/> once before using any store.
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
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IStorageInitializer, SqliteStorageInitializer>();
        services.TryAddSingleton<IStoryStore, SqliteStoryStore>();
        services.TryAddSingleton<ISourceStateStore, SqliteSourceStateStore>();
        services.TryAddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.TryAddSingleton<IChatStore, SqliteChatStore>();
        services.TryAddSingleton<IDeliveryLedger, SqliteDeliveryLedger>();
        services.TryAddSingleton<IStateStore, SqliteStateStore>();
        return services;
    }
}
