namespace BriefingBot.Core.News;

public enum FeedFormat
{
    Rss090,
    Rss091,
    Rss092,
    Rss10,
    Rss20,
    Atom10,
    Atom03,
    JsonFeed,
}
