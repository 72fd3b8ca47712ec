using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Renders platform-neutral outcomes as Discord messages: escaped markdown text (no mentions, no formatting from
/// feeds or users), briefings and stories as embeds. Every result is within Discord's limits, split into several
/// messages when needed. Times are Discord timestamps, shown in each reader's own zone.
/// </summary>
public static partial class DiscordRenderer
{
    public static IReadOnlyList<DiscordMessage> Render(CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            MessageOutcome m => Text(DiscordMarkdown.Escape(m.Text)),
            HelpOutcome h => Text(RenderHelp(h)),
            UsageError u => Text($"{DiscordMarkdown.Escape(u.Problem)}\nUsage: `{u.Command.Usage}`"),
            Denied d => Text(DiscordMarkdown.Escape(d.Reason)),
            NotFound n => Text(DiscordMarkdown.Escape(n.Suggestions.Count == 0 ? n.Message : $"{n.Message} Try: {string.Join(", ", n.Suggestions)}")),
            BriefingOutcome b => RenderBriefing(b.Briefing, scheduled: false),
            StoryOutcome s => RenderStory(s),
            WhoOutcome w => Text(RenderWho(w.Result)),
            SubscriptionOutcome s => Text(RenderSubscription(s)),
            SettingsOutcome s => Text(RenderSettings(s)),
            ListOutcome l => Text(RenderList(l)),
            ChannelOutcome c => Text(EscapeKeepingChannel(c.Text, c.ChannelName)),
            _ => throw new NotSupportedException($"No Discord rendering for {outcome.GetType().Name}."),
        };
    }

    /// <summary>Plain markdown text in as many messages of at most 2000 characters as it needs, split at line ends.</summary>
    public static IReadOnlyList<DiscordMessage> Text(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var messages = new List<DiscordMessage>();
        var rest = markdown.Trim();
        while (rest.Length > DiscordLimits.Content)
        {
            var cut = rest.LastIndexOf('\n', DiscordLimits.Content - 1);
            if (cut < DiscordLimits.Content / 2)
            {
                cut = rest.LastIndexOf(' ', DiscordLimits.Content - 1);
            }

            if (cut <= 0)
            {
                cut = DiscordLimits.Content;
            }

            messages.Add(new DiscordMessage(rest[..cut].TrimEnd(), []));
            rest = rest[cut..].TrimStart();
        }

        messages.Add(new DiscordMessage(rest.Length == 0 ? "\u200B" : rest, []));
        return messages;
    }

    private static string RenderHelp(HelpOutcome help)
    {
        var text = new StringBuilder();
        if (help.Notice is not null)
        {
            text.AppendLine(DiscordMarkdown.Escape(help.Notice)).AppendLine();
        }

        text.AppendLine("**Commands**");
        foreach (var command in help.Commands)
        {
            var marker = command.Access == AccessLevel.Moderator ? " *(moderators)*" : string.Empty;
            text.Append('`').Append(command.Usage).Append("` — ").Append(DiscordMarkdown.Escape(command.Description)).AppendLine(marker);
        }

        return text.ToString();
    }

    private static string RenderSubscription(SubscriptionOutcome outcome)
    {
        var s = outcome.Subscription;
        var when = $"{s.DeliveryTime.ToString("HH:mm", CultureInfo.InvariantCulture)} {DiscordMarkdown.Escape(s.TimeZoneId)}";
        var where = outcome.DeliveredIn is { } name ? $" in {DiscordMarkdown.Escape(name)}" : string.Empty;
        return outcome.Change switch
        {
            SubscriptionChange.Subscribed => $"Subscribed: a daily briefing{where} at {when}. Next one: {Timestamp(outcome.NextDelivery)}.",
            SubscriptionChange.Updated => $"Updated: the daily briefing{where} now comes at {when}. Next one: {Timestamp(outcome.NextDelivery)}.",
            _ => "Unsubscribed: this channel will get no more daily briefings. `/subscribe` starts them again.",
        };
    }

    private static string RenderSettings(SettingsOutcome outcome)
    {
        var text = new StringBuilder("**Settings for this channel**\n");
        text.Append("Items per briefing: ").Append(outcome.Settings.ItemsPerBriefing).AppendLine();
        text.Append("Quiet days: ").Append(outcome.Settings.QuietDays).AppendLine();
        Subscription? s = outcome.Subscription;
        if (s is null)
        {
            text.Append("Daily briefing: off (`/subscribe` to start)");
        }
        else if (!s.IsActive)
        {
            var channel = s.DeliverTo is { } to ? ChannelMention(to.Chat) : null;
            text.Append("Daily briefing: stopped — ").Append(EscapeKeepingChannel(s.DeactivatedReason ?? "no reason recorded", channel)).Append(" (`/subscribe` to start again)");
        }
        else
        {
            text.Append("Daily briefing: ").Append(s.DeliveryTime.ToString("HH:mm", CultureInfo.InvariantCulture)).Append(' ').AppendLine(DiscordMarkdown.Escape(s.TimeZoneId));
            text.Append("Next one: ").Append(Timestamp(outcome.NextDelivery));
        }

        if (s?.DeliverTo is { } target)
        {
            text.Append("\nPosted in: ").Append(ChannelMention(target.Chat)).Append(" (`/channel clear` posts it here)");
        }

        return text.ToString();
    }

    private static string RenderList(ListOutcome list)
    {
        if (list.Entries.Count == 0)
        {
            return DiscordMarkdown.Escape(list.Footer is null ? list.EmptyText : $"{list.EmptyText}\n{list.Footer}");
        }

        var text = new StringBuilder("**").Append(DiscordMarkdown.Escape(list.Title)).AppendLine("**");
        foreach (var entry in list.Entries)
        {
            text.Append(entry.Number is { } n ? $"{n}\\. " : "• ").AppendLine(DiscordMarkdown.Escape(entry.Text));
            foreach (var detail in entry.Details)
            {
                text.Append("　*").Append(DiscordMarkdown.Escape(detail)).AppendLine("*");
            }
        }

        if (list.Footer is not null)
        {
            text.Append(DiscordMarkdown.Escape(list.Footer));
        }

        return text.ToString();
    }

    /// <summary>A channel as Discord shows it to each reader: its name, linked ("&lt;#123&gt;").</summary>
    private static string ChannelMention(ChatAddress channel) => $"<#{channel.ThreadId ?? channel.ChatId}>";

    /// <summary>Escaped text in which <paramref name="channelName"/>, when it is a Discord channel mention, stays one.</summary>
    private static string EscapeKeepingChannel(string text, string? channelName)
    {
        var escaped = DiscordMarkdown.Escape(text);
        return channelName is not null && ChannelMentionPattern().IsMatch(channelName)
            ? escaped.Replace(DiscordMarkdown.Escape(channelName), channelName, StringComparison.Ordinal)
            : escaped;
    }

    [GeneratedRegex(@"^<#[0-9]{1,20}>$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelMentionPattern();

    /// <summary>A Discord timestamp (&lt;t:unix:f&gt;) that each reader sees in their own time zone.</summary>
    private static string Timestamp(DateTimeOffset? instant) =>
        instant is { } value ? string.Create(CultureInfo.InvariantCulture, $"<t:{value.ToUnixTimeSeconds()}:f>") : "none";
}
