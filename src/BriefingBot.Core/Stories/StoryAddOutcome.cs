namespace BriefingBot.Core.Stories;

public enum StoryAddOutcome
{
    /// <summary>A new story was stored.</summary>
    Added,

    /// <summary>The same article (same key, same source) was already stored; nothing changed.</summary>
    Duplicate,

    /// <summary>The article was already stored from another source; that source was added to the story.</summary>
    SourceAdded,
}
