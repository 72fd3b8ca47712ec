using BriefingBot.Core.Chats;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// A chat's briefing: the stories since the chat's last briefing (or the look-back window for its first),
/// with the chat's item count; remembers what was sent so "/story N" refers to it.
/// </summary>
public sealed class BriefingService(BriefingComposer composer, IChatStore chats, IOptions<BriefingOptions> options)
{
    public async Task<Briefing> ComposeForChatAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var window = await WindowForChatAsync(chat, now, cancellationToken);
        return await composer.ComposeAsync(window.Since, window.Now, window.MaxItems, cancellationToken);
    }

    /// <summary>
    /// What the chat's briefing at <paramref name="now"/> covers: since its last briefing (or the look-back window for
    /// its first), with its item count. Chats whose last briefings went out in the same pass share a window.
    /// </summary>
    public async Task<BriefingWindow> WindowForChatAsync(ChatAddress chat, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var last = await chats.GetLastBriefingAsync(chat, cancellationToken);
        var settings = await GetSettingsAsync(chat, cancellationToken);
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
    }

    public async Task<ChatSettings> GetSettingsAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        await chats.GetSettingsAsync(chat, cancellationToken) ?? new ChatSettings(chat, options.Value.ItemsPerBriefing);
}
