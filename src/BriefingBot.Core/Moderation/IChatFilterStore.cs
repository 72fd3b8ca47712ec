using BriefingBot.Core.Chats;

namespace BriefingBot.Core.Moderation;

/// <summary>Each chat's filter rules, in the order they were added; "/filter list" numbers them from 1.</summary>
public interface IChatFilterStore
{
    /// <summary>The chat's rules in order (<see cref="ChatFilter.Empty"/> when it has none).</summary>
    Task<ChatFilter> GetAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="rule"/>; returns its number (the chat's rule count after adding).</summary>
    Task<int> AddAsync(ChatAddress chat, FilterRule rule, string addedBy, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes rule <paramref name="number"/> (later rules move up one); null when there is no such rule.</summary>
    Task<FilterRule?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken);
}
