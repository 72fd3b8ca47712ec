using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Delivery;

/// <summary>A chat's profile from its filter and feeds: shared by every chat without rules or feeds of its own.</summary>
public sealed class ChatBriefingProfiles(ChatFeedService feeds) : IBriefingProfiles
{
    public async Task<BriefingProfile> ForChatAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var (feed, key) = await feeds.GetWithProfileKeyAsync(chat, cancellationToken);
        return new BriefingProfile(key, feed);
    }
}
