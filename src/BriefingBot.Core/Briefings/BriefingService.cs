using BriefingBot.Core.Chats;
using BriefingBot.Core.Moderation;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// A chat's briefing: the stories since the chat's last briefing (or the look-back window for its first) that pass the
/// chat's filter, with the chat's item count and any one-time notices; remembers what was sent so "/story N" refers to it.
/// </summary>
public sealed class BriefingService(
    BriefingComposer composer,
    IChatStore chats,
    ChatFeedService feeds,
    SourceFailureNotices notices,
    IOptions<BriefingOptions> options)
{
    public async Task<Briefing> ComposeForChatAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await chats.GetLastBriefingAsync(chat, cancellationToken);
        var settings = await GetSettingsAsync(chat, cancellationToken);
        var since = last?.SentAt ?? now - options.Value.FirstBriefingLookback;
        var feed = await feeds.GetAsync(chat, cancellationToken);
        var briefing = await composer.ComposeAsync(since, now, settings.ItemsPerBriefing, feed, cancellationToken);
        return briefing with { Notices = await notices.PendingAsync(chat, now, cancellationToken) };
    }

    /// <summary>Remembers a delivered briefing as the chat's last one. Empty briefings leave the previous one in place.</summary>
    public async Task RecordAsync(ChatAddress chat, Briefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (briefing.Items.Count == 0)
        {
            return;
        }

        var record = new BriefingRecord(chat, briefing.GeneratedAt, briefing.Items.Select(i => i.StoryId).ToList());
        await chats.SaveLastBriefingAsync(record, cancellationToken);
        await notices.MarkReportedAsync(chat, briefing, cancellationToken);
    }

    public async Task<ChatSettings> GetSettingsAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        await chats.GetSettingsAsync(chat, cancellationToken) ?? new ChatSettings(chat, options.Value.ItemsPerBriefing);
}
