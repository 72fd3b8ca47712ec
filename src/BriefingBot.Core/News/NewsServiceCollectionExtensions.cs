using BriefingBot.Core.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.News;

public static class NewsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the feed parser (singleton) and the feed fetcher as a typed HttpClient whose primary handler carries the
    /// SSRF guard, and the same for the article page fetcher; the article extractor. Options come from <see cref="IOptions{NewsOptions}"/>, bound by the host. Existing registrations win.
    /// </summary>
    public static IServiceCollection AddBriefingNews(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NewsOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IFeedParser, FeedParser>();
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IFeedFetcher)))
        {
            services.AddHttpClient<IFeedFetcher, FeedFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(provider =>
                    FeedHttpHandler.Create(provider.GetRequiredService<IOptions<NewsOptions>>().Value));
        }

        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IPageFetcher)))
        {
            services.AddHttpClient<IPageFetcher, PageFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan)
                .ConfigurePrimaryHttpMessageHandler(provider =>
                    FeedHttpHandler.Create(provider.GetRequiredService<IOptions<NewsOptions>>().Value));
        }

        services.TryAddSingleton<IArticleExtractor, ArticleExtractor>();
        return services;
    }
}
