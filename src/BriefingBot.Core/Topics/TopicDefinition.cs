using BriefingBot.Core.People;

namespace BriefingBot.Core.Topics;

/// <summary>One topic of the taxonomy and its rules. Weights are positive; negative cues subtract their weight.</summary>
/// <param name="Name">Short lower-case name used in commands and output ("technology").</param>
/// <param name="Label">Name shown to people ("Technology").</param>
/// <param name="Aliases">Other names that mean this topic, in commands and feed hints ("tech").</param>
/// <param name="Keywords">Single words (matched after light stemming) and their weights.</param>
/// <param name="Phrases">Word sequences matched in order, and their weights.</param>
/// <param name="Negative">Words or phrases whose presence counts against the topic.</param>
/// <param name="Entities">Entity names (as the extractor finds them) that point to the topic.</param>
/// <param name="EntityTypes">A weight for each distinct entity of a type.</param>
/// <param name="Roles">Words in a person's role ("minister") that point to the topic.</param>
public sealed record TopicDefinition(
    string Name,
    string Label,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, double> Keywords,
    IReadOnlyDictionary<string, double> Phrases,
    IReadOnlyDictionary<string, double> Negative,
    IReadOnlyDictionary<string, double> Entities,
    IReadOnlyDictionary<EntityType, double> EntityTypes,
    IReadOnlyDictionary<string, double> Roles);
