using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Briefings;

/// <summary>One numbered item of a briefing.</summary>
public sealed record BriefingItem(int Number, StoryId StoryId, string Title, IReadOnlyList<string> Summary, IReadOnlyList<StorySource> Sources, DateTimeOffset PublishedAt);
