using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// What shapes a briefing beyond its window: chats with equal profiles get the same briefing for the same window, so
/// it is composed once. <see cref="Key"/> must differ whenever the briefing could (a hash of the chat's filters).
/// </summary>
public sealed record BriefingProfile(string Key, TopicPreference Preference)
{
    /// <summary>No filters, no topic preference: every chat's profile until chats get filters of their own.</summary>
    public static BriefingProfile Default { get; } = new("default", TopicPreference.None);
}
