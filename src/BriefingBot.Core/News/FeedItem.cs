namespace BriefingBot.Core.News;

/// <summary>One entry of a parsed feed. Text fields are plain text: markup removed, entities decoded.</summary>
/// <param name="Id">The item's GUID / Atom id / JSON Feed id, when the feed gives one.</param>
/// <param name="Title">Headline as plain text (may be empty when the feed gives none).</param>
/// <param name="Link">The article's absolute URL, when known.</param>
/// <param name="Summary">Teaser / description as plain text.</param>
/// <param name="Content">Full text when the feed carries it (content:encoded, atom:content), as plain text with paragraph breaks.</param>
/// <param name="Author">Byline, when given.</param>
/// <param name="PublishedAt">Publication (or last update) time, when it could be parsed.</param>
public sealed record FeedItem(
    string? Id,
    string Title,
    Uri? Link,
    string? Summary,
    string? Content,
    string? Author,
    DateTimeOffset? PublishedAt);
