using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// A platform that can open a private chat with a user on the bot's own initiative (Discord: a DM channel), so a member
/// of a group can ask for a personal briefing there ("/personal"). Platforms without one answer that command with a
/// sentence instead.
/// </summary>
public interface IPrivateChatOpener
{
    /// <summary>The platform name used in <see cref="ChatAddress.Platform"/>.</summary>
    string Platform { get; }

    /// <summary>
    /// Opens (or finds) the private chat between the bot and <paramref name="user"/> and posts a short greeting there, so a
    /// user who does not accept messages from the bot is told now rather than at the first briefing. Never throws for
    /// expected refusals: they come back as <see cref="ChannelCheck.Refused"/> with a sentence for the user.
    /// </summary>
    Task<ChannelCheck> OpenAsync(ChatUser user, CancellationToken cancellationToken);
}
