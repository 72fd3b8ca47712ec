namespace BriefingBot.Core.Briefings;

/// <summary>A platform-neutral briefing. Empty <see cref="Items"/> means nothing new since <see cref="Since"/>.</summary>
public sealed record Briefing(DateTimeOffset GeneratedAt, DateTimeOffset Since, IReadOnlyList<BriefingItem> Items);
