using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>The profile a chat's scheduled briefing is composed with (its filters, once chats have them).</summary>
public interface IBriefingProfiles
{
    Task<BriefingProfile> ForChatAsync(ChatAddress chat, CancellationToken cancellationToken);
}
