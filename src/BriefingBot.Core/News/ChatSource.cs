using BriefingBot.Core.Chats;

namespace BriefingBot.Core.News;

/// <summary>
/// A feed a chat's moderators added with "/source add". It is read by the ingest cycle like the default sources, and its
/// stories go only to the chats that added it (unless a default source also reported them).
/// </summary>
/// <param name="Chat">The chat that added it.</param>
/// <param name="SourceId">Derived from the URL (<see cref="ChatSourceIds"/>), so chats adding the same feed share one source.</param>
/// <param name="Name">The feed's own title when it was added.</param>
/// <param name="Url">The feed's address as given.</param>
/// <param name="AddedBy">The moderator's platform user id.</param>
/// <param name="AddedAt">When.</param>
/// <param name="FailureReportedAt">When the chat was last told the feed is failing; null when it was not (or it recovered).</param>
public sealed record ChatSource(
    ChatAddress Chat,
    string SourceId,
    string Name,
    string Url,
    string AddedBy,
    DateTimeOffset AddedAt,
    DateTimeOffset? FailureReportedAt = null)
{
    public FeedSource ToFeedSource() => new(SourceId, Name, Url, []);
}
