using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>Every chat gets <see cref="BriefingProfile.Default"/>; replace it when chats carry filters.</summary>
public sealed class DefaultBriefingProfiles : IBriefingProfiles
{
    public Task<BriefingProfile> ForChatAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(BriefingProfile.Default);
}
