using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Telegram.Commands;
using BriefingBot.Telegram.Delivery;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefingBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The HttpClient name the Bot API client uses (tests may reconfigure it).</summary>
    public const string HttpClientName = "BriefingBot.Telegram";

    /// <summary>
    /// The Telegram adapter, when Telegram:BotToken is set or Telegram:Enabled is true: options (validated at start),
    /// the Bot API client (RetryThreshold 0: the send queue owns 429s), receiving (polling or webhook), command
    /// handling and the <see cref="IChatPlatform"/> for scheduled briefings. Defaults are registered with TryAdd*.
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(TelegramOptions.SectionName);
        var enabled = section.GetValue<bool?>(nameof(TelegramOptions.Enabled)) ?? !string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.BotToken)]);
        if (!enabled)
        {
            return services;
        }

        services.AddSingleton(new AdapterRegistration(TelegramOptions.SectionName));
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(TelegramOptions.SectionName, (sp, _) => new AdapterConnection(TelegramOptions.SectionName, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<AdapterConnection>(TelegramOptions.SectionName));
        services.AddMemoryCache();
        // The token is part of every request path (/bot{token}/method): the factory's request logging would write it out.
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, http) => http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollingTimeoutSeconds + 30))
            .RemoveAllLoggers();
        services.TryAddSingleton<ITelegramBotClient>(CreateClient);

        services.TryAddSingleton<TelegramHtmlRenderer>();
        services.TryAddSingleton<TelegramRateLimiter>();
        services.TryAddSingleton<TelegramChatMigrator>();
        services.TryAddSingleton<TelegramSender>();
        services.TryAddSingleton<TelegramChannelChecker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrivateChatOpener, TelegramPrivateChats>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, TelegramChatPlatform>());

        services.TryAddSingleton<TelegramBotIdentity>();
        services.TryAddSingleton<TelegramAccessResolver>();
        services.TryAddSingleton<TelegramCommandMenu>();
        services.TryAddSingleton<TelegramCallbackHandler>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddSingleton<UpdateDeduplicator>();
        services.TryAddSingleton<TelegramPoller>();
        services.TryAddSingleton<TelegramWebhookServer>();
        services.AddHostedService<TelegramBotService>();
        return services;
    }

    private static TelegramBotClient CreateClient(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var clientOptions = new TelegramBotClientOptions(options.BotToken ?? string.Empty, options.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
        };
        return new TelegramBotClient(clientOptions, http);
    }
}
