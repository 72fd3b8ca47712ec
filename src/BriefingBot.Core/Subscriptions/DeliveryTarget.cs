using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Subscriptions;

/// <summary>
/// Where a chat's daily briefing is posted when it is not the chat itself: a channel (or group) of the same platform,
/// chosen by the chat's moderators with "/channel set" and checked with a test post.
/// </summary>
/// <param name="Chat">The channel's address.</param>
/// <param name="Name">How the platform names it to people ("@newschannel", "&lt;#123&gt;"), as it was when it was chosen.</param>
public sealed record DeliveryTarget(ChatAddress Chat, string Name);
