namespace BriefingBot.Core.Stories;

public enum StoryAddOutcome
{
    /// <summary>A new story was stored.</summary>
    Added,

    /// <summary>The same article (same key, same source) was already stored; nothing changed.</summary>
    Duplicate,

    /// <summary>
    /// The article, or another outlet's report of the same event, was already stored; this source was added to the story.
    /// </summary>
    SourceAdded,

    /// <summary>A later report from an outlet the story already had brought new information: the story took its text and digests.</summary>
    Updated,
}
