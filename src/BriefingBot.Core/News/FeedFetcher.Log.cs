using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.News;

public sealed partial class FeedFetcher
{
    /// <summary>Feed fetching logs, event ids 1100-1199.</summary>
    private static partial class Log
    {
        [LoggerMessage(EventId = 1100, Level = LogLevel.Warning, Message = "Fetching feed {SourceId} from {Location} failed: {Reason}")]
        public static partial void FetchFailed(ILogger logger, string sourceId, string location, string reason);

        [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Fetched feed {SourceId}: {Bytes} bytes")]
        public static partial void Fetched(ILogger logger, string sourceId, int bytes);

        [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Feed {SourceId} is not modified since the last fetch")]
        public static partial void NotModified(ILogger logger, string sourceId);
    }
}
