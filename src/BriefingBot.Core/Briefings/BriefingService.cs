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
        var window = await WindowForChatAsync(chat, now, cancellationToken);
        var feed = await feeds.GetAsync(chat, cancellationToken);
        var briefing = await composer.ComposeAsync(window.Since, window.Now, window.MaxItems, feed, cancellationToken);
        return await WithNoticesAsync(chat, briefing, now, cancellationToken);
    }

    /// <summary>The briefing with the chat's pending one-time notices (a feed it added failing for a day), which are per chat.</summary>
    public async Task<Briefing> WithNoticesAsync(ChatAddress chat, Briefing briefing, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var pending = await notices.PendingAsync(chat, now, cancellationToken);

        // Without notices the (possibly shared) briefing itself goes out, as composed once for its profile and window.
        return pending.Count == 0 ? briefing : briefing with { Notices = pending };
    }

    /// <summary>
    /// What the chat's briefing at <paramref name="now"/> covers: since its last briefing (or the look-back window for
    /// its first), with its item count. Chats whose last briefings went out in the same pass share a window.
    /// </summary>
    public async Task<BriefingWindow> WindowForChatAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken) =>
        await WindowForChatAsync(chat, await GetSettingsAsync(chat, cancellationToken), now, cancellationToken);

    /// <summary>As <see cref="WindowForChatAsync(ChatAddress, DateTimeOffset, CancellationToken)"/>, with the chat's settings already read.</summary>
    public async Task<BriefingWindow> WindowForChatAsync(ChatAddress chat, ChatSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var last = await chats.GetLastBriefingAsync(chat, cancellationToken);
        return new BriefingWindow(last?.SentAt ?? now - options.Value.FirstBriefingLookback, now, settings.ItemsPerBriefing);
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
