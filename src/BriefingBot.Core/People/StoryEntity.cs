namespace BriefingBot.Core.People;

/// <summary>An entity as one story mentions it.</summary>
/// <param name="Name">Canonical (longest, full) name in this story: "Fumio Kishida".</param>
/// <param name="Type">Person, organisation, place or other.</param>
/// <param name="Aliases">Other forms seen in the story ("Kishida", "Mr. Kishida").</param>
/// <param name="Role">Role or title found in the text ("Prime Minister of Japan"), when any.</param>
/// <param name="RoleSentence">The sentence the role came from.</param>
/// <param name="FirstSentence">The first sentence mentioning the entity.</param>
/// <param name="Mentions">How many times the story mentions it.</param>
public sealed record StoryEntity(
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    string? Role,
    string? RoleSentence,
    string FirstSentence,
    int Mentions);
