using BriefingBot.Core.Chats;

namespace BriefingBot.Core.News;

/// <summary>The feeds chats added, in the order each chat added them; "/source list" numbers them from 1.</summary>
public interface IChatSourceStore
{
    Task<IReadOnlyList<ChatSource>> ListAsync(ChatAddress chat, CancellationToken cancellationToken);

    /// <summary>Every chat's added feeds (one entry per chat and feed), for the ingest cycle and briefings.</summary>
    Task<IReadOnlyList<ChatSource>> ListAllAsync(CancellationToken cancellationToken);

    /// <summary>Adds the feed to its chat; false when the chat already has a feed with that source id.</summary>
    Task<bool> AddAsync(ChatSource source, CancellationToken cancellationToken);

    /// <summary>Removes feed <paramref name="number"/> of the chat's list; null when there is no such feed.</summary>
    Task<ChatSource?> RemoveAsync(ChatAddress chat, int number, CancellationToken cancellationToken);

    /// <summary>Records that the chat was told (or, with null, that the feed recovered).</summary>
    Task SetFailureReportedAsync(ChatAddress chat, string sourceId, DateTimeOffset? reportedAt, CancellationToken cancellationToken);
}
