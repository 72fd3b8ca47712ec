using BriefingBot.Core.Delivery;
using BriefingBot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Host.ConsoleChat;

internal static class ConsoleChatServiceCollectionExtensions
{
    /// <summary>The console chat, when Console:Enabled is true, or unset and no platform token is configured.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsoleChatOptions>().BindConfiguration(ConsoleChatOptions.SectionName);
        services.TryAddSingleton<PlainTextRenderer>();
        var enabled = configuration.GetValue<bool?>($"{ConsoleChatOptions.SectionName}:Enabled")
            ?? !(IsSet(configuration, HostServiceCollectionExtensions.Telegram) || IsSet(configuration, HostServiceCollectionExtensions.Discord));
        if (!enabled)
        {
            return services;
        }

        services.TryAddSingleton(ConsoleChannel.Standard());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatPlatform, ConsoleChatPlatform>());
        services.AddHostedService<ConsoleChatService>();
        return services;
    }

    private static bool IsSet(IConfiguration configuration, string platform) =>
        configuration.GetValue<bool?>($"{platform}:Enabled") ?? !string.IsNullOrWhiteSpace(configuration[$"{platform}:BotToken"]);
}
