using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>The profile a chat's scheduled briefing is composed with: its filter and feeds, and the key it is cached under.</summary>
public interface IBriefingProfiles
{
    Task<BriefingProfile> ForChatAsync(ChatAddress chat, CancellationToken cancellationToken);
}
