using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.News;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// Tells a chat, once, that a feed it added has failed for <see cref="ModerationOptions.SourceFailureNotice"/> (default a
/// day): the notice rides on the chat's next briefing and is marked reported when that briefing is recorded. A feed
/// that recovers is unmarked, so a later failure is reported again.
/// </summary>
public sealed class SourceFailureNotices(IChatSourceStore sources, ISourceStateStore states, IOptions<ModerationOptions> options)
{
    public async Task<IReadOnlyList<BriefingNotice>> PendingAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notices = new List<BriefingNotice>();
        var list = await sources.ListAsync(chat, cancellationToken);
        for (var i = 0; i < list.Count; i++)
        {
            var source = list[i];
            var state = await states.GetAsync(source.SourceId, cancellationToken);
            if (state is null)
            {
                continue;
            }

            if (state.LastError is null)
            {
                if (source.FailureReportedAt is not null)
                {
                    await sources.SetFailureReportedAsync(chat, source.SourceId, null, cancellationToken);
                }

                continue;
            }

            var failingSince = state.LastSuccessAt ?? source.AddedAt;
            if (source.FailureReportedAt is null && now - failingSince >= options.Value.SourceFailureNotice)
            {
                notices.Add(new BriefingNotice(source.SourceId,
                    $"For moderators: the feed \"{source.Name}\" (/source list number {i + 1}) has not been read successfully " +
                    $"since {failingSince:yyyy-MM-dd HH:mm} UTC. Last error: {state.LastError} /source remove {i + 1} drops it."));
            }
        }

        return notices;
    }

    public async Task MarkReportedAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        foreach (var notice in briefing.Notices)
        {
            await sources.SetFailureReportedAsync(chat, notice.SourceId, briefing.GeneratedAt, cancellationToken);
        }
    }
}
