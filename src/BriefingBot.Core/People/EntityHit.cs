using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>One story's view of an entity, as grouped by <see cref="WhoService"/>.</summary>
internal sealed record EntityHit(Story Story, StoryEntity Entity);
