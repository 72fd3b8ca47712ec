namespace BriefingBot.Core.Stories;

public sealed record StoryAddResult(StoryAddOutcome Outcome, StoryId StoryId);
