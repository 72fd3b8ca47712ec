namespace BriefingBot.Core.News;

/// <summary>What the bot remembers about a source between polls: validators and health.</summary>
public sealed record SourceState(
    string SourceId,
    FeedValidators? Validators,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    int ConsecutiveFailures);
