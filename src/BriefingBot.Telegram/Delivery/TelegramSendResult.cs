using BriefingBot.Core.Chats;

namespace BriefingBot.Telegram.Delivery;

/// <summary>How sending one or more messages to a chat went; <paramref name="Chat"/> is where they went (new id after a migration).</summary>
public sealed record TelegramSendResult(ChatAddress Chat, IReadOnlyList<int> MessageIds, string? Error, bool IsPermanent)
{
    public bool Succeeded => Error is null;

    public bool Migrated(ChatAddress original) => Chat != original;
}
