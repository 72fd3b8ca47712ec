using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>An adapter's outgoing side: delivers briefings to chats of its platform, rendering them its own way.</summary>
public interface IChatPlatform
{
    /// <summary>The platform name used in <see cref="ChatAddress.Platform"/>.</summary>
    string Platform { get; }

    Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken);
}
