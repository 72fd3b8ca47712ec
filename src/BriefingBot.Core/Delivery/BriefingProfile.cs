using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// What shapes a briefing beyond its window: chats with equal profile keys get the same briefing for the same window,
/// so it is composed once. <see cref="Key"/> differs whenever <see cref="Feed"/> could (see <see cref="ChatFeedService"/>).
/// </summary>
public sealed record BriefingProfile(string Key, ChatFeed Feed)
{
    /// <summary>No filters, no chat-added feeds anywhere: every chat's profile then.</summary>
    public static BriefingProfile Default { get; } = new("default", ChatFeed.Unfiltered);
}
