namespace BriefingBot.Core.People;

/// <summary>One of several entities a query could mean.</summary>
public sealed record EntityCandidate(string Name, EntityType Type, string? Role, int StoryCount);
