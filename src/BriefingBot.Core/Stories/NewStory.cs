using BriefingBot.Core.People;

namespace BriefingBot.Core.Stories;

/// <summary>An analysed article ready to be stored. <see cref="DedupKeys"/> (canonical URL, GUID) identify it.</summary>
public sealed record NewStory(
    IReadOnlyList<string> DedupKeys,
    string Title,
    string Text,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Detail,
    StorySource Source,
    IReadOnlyList<StoryEntity> Entities,
    DateTimeOffset PublishedAt,
    DateTimeOffset FirstSeenAt);
