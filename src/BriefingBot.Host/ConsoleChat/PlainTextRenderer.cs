using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Host.ConsoleChat;

/// <summary>Renders platform-neutral outcomes as plain text for the console chat and the CLI.</summary>
/// <remarks>Times are shown in the configured default zone (Briefing:DefaultTimeZone), or in the subscription's own.</remarks>
internal sealed partial class PlainTextRenderer(IOptions<BriefingOptions> options)
{
    private readonly TimeZoneInfo _displayZone = DeliverySchedule.ResolveZone(options.Value.DefaultTimeZone);

    public string Render(CommandOutcome outcome) => outcome switch
    {
        MessageOutcome m => m.Text,
        HelpOutcome h => RenderHelp(h),
        UsageError u => $"{u.Problem}\nUsage: {u.Command.Usage}",
        Denied d => d.Reason,
        NotFound n => n.Suggestions.Count == 0 ? n.Message : $"{n.Message} Try: {string.Join(", ", n.Suggestions)}",
        BriefingOutcome b => RenderBriefing(b.Briefing, scheduled: false),
        StoryOutcome s => RenderStory(s),
        WhoOutcome w => RenderWho(w.Result),
        SubscriptionOutcome s => RenderSubscription(s),
        SettingsOutcome s => RenderSettings(s),
        ListOutcome l => RenderList(l),
        ChannelOutcome c => c.Text,
        _ => throw new NotSupportedException($"No plain-text rendering for {outcome.GetType().Name}."),
    };

    private static string RenderHelp(HelpOutcome help)
    {
        var text = new StringBuilder();
        if (help.Notice is not null)
        {
            text.AppendLine(help.Notice).AppendLine();
        }

        text.AppendLine("Commands:");
        var width = help.Commands.Max(c => c.Usage.Length);
        foreach (var command in help.Commands)
        {
            var marker = command.Access == Core.Chats.AccessLevel.Moderator ? " (moderators)" : string.Empty;
            text.Append("  ").Append(command.Usage.PadRight(width)).Append("  ").Append(command.Description).AppendLine(marker);
        }

        return text.ToString().TrimEnd();
    }

    private static string RenderSubscription(SubscriptionOutcome outcome)
    {
        var s = outcome.Subscription;
        var when = DisplayTime.DeliveryTime(s);
        return outcome.Change switch
        {
            SubscriptionChange.Subscribed => $"Subscribed: a daily briefing at {when}. Next one: {Next(outcome.NextDelivery, s)}.",
            SubscriptionChange.Updated => $"Updated: the daily briefing now comes at {when}. Next one: {Next(outcome.NextDelivery, s)}.",
            _ => "Unsubscribed: this chat will get no more daily briefings. /subscribe starts them again.",
        };
    }

    private static string RenderSettings(SettingsOutcome outcome)
    {
        var text = new StringBuilder("Settings for this chat:\n");
        text.Append("  Items per briefing: ").Append(outcome.Settings.ItemsPerBriefing).AppendLine();
        text.Append("  Quiet days: ").Append(outcome.Settings.QuietDays).AppendLine();
        var s = outcome.Subscription;
        if (s is null)
        {
            text.Append("  Daily briefing: off (/subscribe to start)");
        }
        else if (!s.IsActive)
        {
            text.Append("  Daily briefing: stopped — ").Append(s.DeactivatedReason ?? "no reason recorded").Append(" (/subscribe to start again)");
        }
        else
        {
            text.Append("  Daily briefing: ").AppendLine(DisplayTime.DeliveryTime(s));
            text.Append("  Next one: ").Append(Next(outcome.NextDelivery, s));
        }

        if (s?.DeliverTo is { } target)
        {
            text.AppendLine().Append("  Posted in: ").Append(target.Name).Append(" (/channel clear posts it here)");
        }

        return text.ToString();
    }

    private static string RenderList(ListOutcome list)
    {
        if (list.Entries.Count == 0)
        {
            return list.Footer is null ? list.EmptyText : $"{list.EmptyText}\n{list.Footer}";
        }

        var text = new StringBuilder(list.Title).AppendLine(":");
        foreach (var entry in list.Entries)
        {
            text.Append("  ").Append(entry.Number is { } n ? $"{n}. " : "- ").AppendLine(entry.Text);
            foreach (var detail in entry.Details)
            {
                text.Append("     ").AppendLine(detail);
            }
        }

        if (list.Footer is not null)
        {
            text.AppendLine(list.Footer);
        }

        return text.ToString().TrimEnd();
    }

    private static string Next(DateTimeOffset? next, Subscription subscription) => DisplayTime.NextDelivery(next, subscription);

    private string Date(DateTimeOffset instant) => DisplayTime.Date(instant, _displayZone);

    private static string Stories(int count) => count == 1 ? "1 story" : $"{count} stories";
}
