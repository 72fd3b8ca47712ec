namespace BriefingBot.Core.News;

public enum FeedFetchStatus
{
    Ok,
    NotModified,
    Failed,
}
