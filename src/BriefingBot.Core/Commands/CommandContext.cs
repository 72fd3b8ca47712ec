using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Commands;

/// <summary>What a handler knows about the caller. Permissions were already checked by the dispatcher.</summary>
public sealed record CommandContext(ChatAddress Chat, ChatUser User, AccessLevel CallerAccess);
