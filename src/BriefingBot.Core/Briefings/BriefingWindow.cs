namespace BriefingBot.Core.Briefings;

/// <summary>What a chat's next briefing covers: stories first seen from <see cref="Since"/> to <see cref="Now"/>, at most <see cref="MaxItems"/>.</summary>
public sealed record BriefingWindow(DateTimeOffset Since, DateTimeOffset Now, int MaxItems);
