namespace BriefingBot.Core.People;

/// <summary>The answer to "/who NAME": who this is, in what role, in which stories, next to whom.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Role">Most recent role seen, when any.</param>
/// <param name="RoleSource">The sentence and story the role came from.</param>
/// <param name="Stories">Recent stories mentioning the entity, newest first.</param>
/// <param name="SeenWith">Entities most often mentioned in the same stories.</param>
public sealed record EntityProfile(
    string Name,
    EntityType Type,
    string? Role,
    EntityStoryMention? RoleSource,
    IReadOnlyList<EntityStoryMention> Stories,
    IReadOnlyList<string> SeenWith);
