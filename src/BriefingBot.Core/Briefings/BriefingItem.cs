using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>One numbered item of a briefing: one story, however many outlets reported it.</summary>
/// <param name="Number">Position in the briefing, from 1.</param>
/// <param name="StoryId">The story.</param>
/// <param name="Title">Headline.</param>
/// <param name="Summary">The blurb.</param>
/// <param name="Sources">Every report of the story, first one first.</param>
/// <param name="PublishedAt">Publication time of the first report.</param>
/// <param name="UpdatedAt">When a later report revised the story (shown as "updated"); null when it never was.</param>
public sealed record BriefingItem(
    int Number,
    StoryId StoryId,
    string Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<StorySource> Sources,
    DateTimeOffset PublishedAt,
    DateTimeOffset? UpdatedAt = null)
{
    /// <summary>One report per outlet (by name; two feeds of one outlet count once), first one first: what "3 sources" counts.</summary>
    public IReadOnlyList<StorySource> Outlets => StoryRanker.Outlets(Sources);
}
