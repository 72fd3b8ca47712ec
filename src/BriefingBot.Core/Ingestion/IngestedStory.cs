using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Ingestion;

/// <summary>One feed item as the store took it: a new story, a duplicate, or a new source for a known story.</summary>
public sealed record IngestedStory(StoryId StoryId, string Title, StoryAddOutcome Outcome);
