using BriefingBot.Core.People;

namespace BriefingBot.Core.Stories;

/// <summary>A news story: one event, reported by one or more sources, with its digests and entities.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Title">Headline (plain text).</param>
/// <param name="Text">The article body used for analysis (plain text, paragraphs separated by blank lines).</param>
/// <param name="Summary">The briefing blurb: sentences copied verbatim from <paramref name="Text"/>.</param>
/// <param name="Detail">The longer digest for "/story N".</param>
/// <param name="Sources">Reports of this story, first one first.</param>
/// <param name="Entities">People, organisations and places the story mentions.</param>
/// <param name="PublishedAt">Publication time of the first report (or first-seen time when the feed gave none).</param>
/// <param name="FirstSeenAt">When the bot first stored the story.</param>
/// <param name="UpdatedAt">
/// When a later report from one of its outlets brought new information and replaced the text and digests (a
/// developing story); null when it never was.
/// </param>
public sealed record Story(
    StoryId Id,
    string Title,
    string Text,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Detail,
    IReadOnlyList<StorySource> Sources,
    IReadOnlyList<StoryEntity> Entities,
    DateTimeOffset PublishedAt,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset? UpdatedAt = null)
{
    /// <summary>The latest of the publication, update and report times: what recency and the clustering window count from.</summary>
    public DateTimeOffset LatestActivityAt =>
        Sources.Select(s => s.PublishedAt ?? PublishedAt).Append(PublishedAt).Append(UpdatedAt ?? PublishedAt).Max();
}
