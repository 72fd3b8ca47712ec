using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Chats;

public interface IChatStore
{
    Task<ChatSettings?> GetSettingsAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task SaveSettingsAsync(ChatSettings settings, CancellationToken cancellationToken);

    /// <summary>The last briefing this chat received, so "/story N" can refer to its items.</summary>
    Task<BriefingRecord?> GetLastBriefingAsync(ChatAddress chat, CancellationToken cancellationToken);

    Task SaveLastBriefingAsync(BriefingRecord record, CancellationToken cancellationToken);

    /// <summary>Moves settings and the last briefing of <paramref name="oldChat"/> to <paramref name="newChat"/>, replacing what <paramref name="newChat"/> had.</summary>
    Task MoveChatAsync(ChatAddress oldChat, ChatAddress newChat, CancellationToken cancellationToken);
}
