using System.Diagnostics.CodeAnalysis;

namespace BriefingBot.Core.News;

/// <summary>Either a parsed feed or one sentence saying why the document was rejected.</summary>
public sealed record FeedParseResult
{
    private FeedParseResult(ParsedFeed? feed, string? error)
    {
        Feed = feed;
        Error = error;
    }

    public ParsedFeed? Feed { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Feed))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Feed is not null;

    public static FeedParseResult Success(ParsedFeed feed) => new(feed, null);

    public static FeedParseResult Failure(string error) => new(null, error);
}
