using BriefingBot.Core.News;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.Hosting;

internal static class HostServiceCollectionExtensions
{
    public const string Telegram = "Telegram";
    public const string Discord = "Discord";

    /// <summary>Relative paths in the News section are relative to the content root (the folder holding config/).</summary>
    public static IServiceCollection AddContentRootPaths(this IServiceCollection services, string contentRoot)
    {
        services.PostConfigure<NewsOptions>(o =>
        {
            o.FeedsFile = Path.GetFullPath(o.FeedsFile, contentRoot);
            o.TopicsFile = Path.GetFullPath(o.TopicsFile, contentRoot);
            o.SamplesDirectory = Path.GetFullPath(o.SamplesDirectory, contentRoot);
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsOptions>, TopicsFileValidator>());
        return services;
    }

    public static IServiceCollection AddPlatformOptions(this IServiceCollection services)
    {
        foreach (var platform in new[] { Telegram, Discord })
        {
            services.AddOptions<PlatformOptions>(platform).BindConfiguration(platform).ValidateOnStart();
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformOptions>, PlatformOptionsValidator>());
        return services;
    }

    /// <summary>True when any real chat platform is configured (then the console chat stays off unless asked for).</summary>
    public static bool AnyPlatformEnabled(IOptionsMonitor<PlatformOptions> platforms) =>
        platforms.Get(Telegram).IsEnabled || platforms.Get(Discord).IsEnabled;
}
