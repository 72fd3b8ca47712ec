using BriefingBot.Core.People;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Topics;

/// <summary>What the topic classifier reads: headline, body, the entities found in them, and the feed's topic hints.</summary>
/// <param name="Title">Headline (plain text); it weighs more than the body.</param>
/// <param name="Text">Body (plain text).</param>
/// <param name="Entities">Entities the extractor found (may be empty).</param>
/// <param name="SourceHints">Topic hints of the feeds that carried the story (<see cref="News.FeedSource.Topics"/>; may be empty).</param>
public sealed record TopicDocument(string Title, string Text, IReadOnlyList<StoryEntity> Entities, IReadOnlyList<string> SourceHints)
{
    /// <summary>A document with text only: no entities, no source hints.</summary>
    public static TopicDocument FromText(string title, string text) => new(title, text, [], []);

    /// <summary>A stored story's title, body and entities (stored stories carry no feed hints).</summary>
    public static TopicDocument FromStory(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new TopicDocument(story.Title, story.Text, story.Entities, []);
    }
}
