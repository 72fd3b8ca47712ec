namespace BriefingBot.Core.Chats;

/// <summary>Who may run a command. Adapters say which level a caller has; the dispatcher enforces it.</summary>
public enum AccessLevel
{
    /// <summary>Anyone in the chat.</summary>
    Member = 0,

    /// <summary>Chat administrators (Telegram creator/administrator, Discord MANAGE_GUILD or ADMINISTRATOR); the user themself in a private chat.</summary>
    Moderator = 1,
}
