namespace BriefingBot.Core.People;

/// <summary>The entities of one story and every place the text mentions them.</summary>
public sealed record EntityAnalysis(IReadOnlyList<StoryEntity> Entities, IReadOnlyList<EntityMention> Mentions);
