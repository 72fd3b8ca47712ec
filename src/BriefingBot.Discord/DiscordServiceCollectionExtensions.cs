using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Delivery;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Permissions;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter, when Discord:BotToken is set and Discord:Enabled is not false: options validated at start,
    /// the REST client and rate limiter, command registration, delivery to channels, and either the gateway
    /// (Discord:Mode = Gateway) or the HTTP interactions endpoint. Transports are registered with TryAdd so tests
    /// can replace them.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ImplementationInstance is AdapterRegistration { Section: DiscordOptions.SectionName }))
        {
            services.AddSingleton(new AdapterRegistration(DiscordOptions.SectionName));
        }

        var section = configuration.GetSection(DiscordOptions.SectionName);
        // Enabled = true without a token is reported by the host's platform validator; nothing to run here then.
        var enabled = section.GetValue<bool?>("Enabled") != false && !string.IsNullOrWhiteSpace(section["BotToken"]);
        if (!enabled)
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(DiscordOptions.SectionName, (sp, _) => new AdapterConnection(DiscordOptions.SectionName, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => sp.GetRequiredKeyedService<AdapterConnection>(DiscordOptions.SectionName));
        // No default HttpClient logging: request URIs carry interaction tokens, which must stay out of logs like the bot token.
        services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddSingleton<DiscordBotPermissions>();
        services.TryAddSingleton<DiscordCommandRegistrar>();
        services.TryAddSingleton<DiscordInteractionHandler>();
        services.TryAddSingleton<IDiscordInteractionSink>(sp => sp.GetRequiredService<DiscordInteractionHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, DiscordChatPlatform>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPrivateChatOpener, DiscordDirectMessages>());

        var mode = section.GetValue<DiscordMode?>("Mode") ?? DiscordMode.Gateway;
        if (mode == DiscordMode.Interactions)
        {
            services.AddHostedService<DiscordInteractionsService>();
            return services;
        }

        // One transport per shard: each shard keeps a connection of its own.
        services.TryAddTransient<IGatewayTransport, WebSocketGatewayTransport>();
        services.TryAddSingleton<IGatewayUrlProvider, GatewayUrlProvider>();
        services.TryAddSingleton<DiscordGatewayShards>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }
}
