using BriefingBot.Core;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.News;
using BriefingBot.Core.State;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Testing;

/// <summary>
/// The real core (<see cref="CoreServiceCollectionExtensions.AddBriefingCore"/>) over in-memory stores,
/// a fake clock and a <see cref="FakeChatPlatform"/>.
/// </summary>
public sealed class CoreTestServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public CoreTestServices(DateTimeOffset start, IDictionary<string, string?>? configuration = null, Action<IServiceCollection>? configure = null)
    {
        Clock = new FakeTimeProvider(start);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IStoryStore>(Stories);
        services.AddSingleton<ISubscriptionStore>(Subscriptions);
        services.AddSingleton<IChatStore>(Chats);
        services.AddSingleton<IDeliveryLedger>(Ledger);
        services.AddSingleton<ISourceStateStore>(SourceStates);
        services.AddSingleton<IStateStore>(State);
        services.AddSingleton<ILeaseStore>(Leases);
        services.AddSingleton<IChatFilterStore>(Filters);
        services.AddSingleton<IChatSourceStore>(ChatSources);
        services.AddSingleton<IAuditLog>(Audit);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform>(Platform));
        services.AddBriefingCore();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; }

    public FakeChatPlatform Platform { get; } = new();

    public InMemoryStoryStore Stories { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryChatStore Chats { get; } = new();

    public InMemoryDeliveryLedger Ledger { get; } = new();

    public InMemorySourceStateStore SourceStates { get; } = new();

    public InMemoryStateStore State { get; } = new();

    public InMemoryLeaseStore Leases { get; } = new();

    public InMemoryChatFilterStore Filters { get; } = new();

    public InMemoryChatSourceStore ChatSources { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public IServiceProvider Services => _provider;

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public void Dispose() => _provider.Dispose();
}
