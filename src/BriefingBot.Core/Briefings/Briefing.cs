namespace BriefingBot.Core.Briefings;

/// <summary>A platform-neutral briefing. Empty <see cref="Items"/> means nothing new since <see cref="Since"/>.</summary>
public sealed record Briefing(DateTimeOffset GeneratedAt, DateTimeOffset Since, IReadOnlyList<BriefingItem> Items)
{
    /// <summary>One-time notices for the chat's moderators, shown after the items ("The feed X has failed for a day").</summary>
    public IReadOnlyList<BriefingNotice> Notices { get; init; } = [];
}
