using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>An adapter's outgoing side: delivers briefings to chats of its platform, rendering them its own way.</summary>
public interface IChatPlatform
{
    /// <summary>The platform name used in <see cref="ChatAddress.Platform"/>.</summary>
    string Platform { get; }

    Task<SendResult> SendBriefingAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken);

    /// <summary>
    /// Resolves <paramref name="reference"/> (as the moderator gave it: a Discord channel id, "@newschannel" or a Telegram
    /// id) to a channel of this platform where <paramref name="home"/>'s briefing could be posted, checks that
    /// <paramref name="caller"/> may choose it, and posts a short test message there. Never throws for expected refusals
    /// (unknown channel, missing permissions): they come back as <see cref="ChannelCheck.Refused"/> with a sentence.
    /// </summary>
    Task<ChannelCheck> CheckChannelAsync(ChatAddress home, ChatUser caller, string reference, CancellationToken cancellationToken);
}
