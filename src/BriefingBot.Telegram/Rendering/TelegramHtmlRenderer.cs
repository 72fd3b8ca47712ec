using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Rendering;

/// <summary>
/// Renders every command outcome as Telegram HTML: all text escaped, messages under the 4,096-character limit,
/// briefings split at item boundaries with "More" and "Sources" buttons under their items.
/// </summary>
public sealed partial class TelegramHtmlRenderer(IOptions<BriefingOptions> options)
{
    /// <summary>Telegram's limit is 4,096 characters after entity parsing; the HTML source is kept below it.</summary>
    public const int MaxMessageLength = 4000;

    private readonly TimeZoneInfo _displayZone = DeliverySchedule.ResolveZone(options.Value.DefaultTimeZone);

    public IReadOnlyList<TelegramMessage> Render(CommandOutcome outcome) => outcome switch
    {
        BriefingOutcome b => RenderBriefing(b.Briefing, scheduled: false),
        StoryOutcome s => [RenderStory(s)],
        WhoOutcome w => [RenderWho(w.Result)],
        _ => [new TelegramMessage(Fit(RenderText(outcome)))],
    };

    private static string RenderText(CommandOutcome outcome) => outcome switch
    {
        MessageOutcome m => TelegramHtml.Escape(m.Text),
        HelpOutcome h => RenderHelp(h),
        UsageError u => $"{TelegramHtml.Escape(u.Problem)}\nUsage: <code>{TelegramHtml.Escape(u.Command.Usage)}</code>",
        Denied d => TelegramHtml.Escape(d.Reason),
        NotFound n => TelegramHtml.Escape(n.Suggestions.Count == 0 ? n.Message : $"{n.Message} Try: {string.Join(", ", n.Suggestions)}"),
        SubscriptionOutcome s => RenderSubscription(s),
        SettingsOutcome s => RenderSettings(s),
        ListOutcome l => RenderList(l),
        ChannelOutcome c => TelegramHtml.Escape(c.Text),
        _ => throw new NotSupportedException($"No Telegram rendering for {outcome.GetType().Name}."),
    };

    /// <summary>The apology sent when answering a command crashed.</summary>
    public static TelegramMessage Apology() =>
        new("Sorry, something went wrong while answering that. It has been logged; please try again.");

    private static string RenderHelp(HelpOutcome help)
    {
        var html = new StringBuilder();
        if (help.Notice is not null)
        {
            html.Append(TelegramHtml.Escape(help.Notice)).Append("\n\n");
        }

        html.Append("<b>Commands</b>\n");
        foreach (var command in help.Commands)
        {
            html.Append(TelegramHtml.Escape(command.Usage)).Append(" — ").Append(TelegramHtml.Escape(command.Description));
            html.Append(command.Access == AccessLevel.Moderator ? " <i>(moderators)</i>\n" : "\n");
        }

        return html.ToString().TrimEnd();
    }

    private static string RenderSubscription(SubscriptionOutcome outcome)
    {
        var s = outcome.Subscription;
        var when = TelegramHtml.Escape(DisplayTime.DeliveryTime(s));
        var where = outcome.DeliveredIn is { } name ? $" in {TelegramHtml.Escape(name)}" : string.Empty;
        return outcome.Change switch
        {
            SubscriptionChange.Subscribed => $"Subscribed: a daily briefing{where} at <b>{when}</b>. Next one: {Next(outcome.NextDelivery, s)}.",
            SubscriptionChange.Updated => $"Updated: the daily briefing{where} now comes at <b>{when}</b>. Next one: {Next(outcome.NextDelivery, s)}.",
            _ => "Unsubscribed: this chat will get no more daily briefings. /subscribe starts them again.",
        };
    }

    private static string RenderSettings(SettingsOutcome outcome)
    {
        var html = new StringBuilder("<b>Settings for this chat</b>\n");
        html.Append("Items per briefing: ").Append(outcome.Settings.ItemsPerBriefing).Append('\n');
        html.Append("Quiet days: ").Append(outcome.Settings.QuietDays).Append('\n');
        var s = outcome.Subscription;
        if (s is null)
        {
            html.Append("Daily briefing: off (/subscribe to start)");
        }
        else if (!s.IsActive)
        {
            html.Append("Daily briefing: stopped — ").Append(TelegramHtml.Escape(s.DeactivatedReason ?? "no reason recorded")).Append(" (/subscribe to start again)");
        }
        else
        {
            html.Append("Daily briefing: ").Append(TelegramHtml.Escape(DisplayTime.DeliveryTime(s))).Append('\n');
            html.Append("Next one: ").Append(Next(outcome.NextDelivery, s));
        }

        if (s?.DeliverTo is { } target)
        {
            html.Append("\nPosted in: ").Append(TelegramHtml.Escape(target.Name)).Append(" (/channel clear posts it here)");
        }

        return html.ToString();
    }

    private static string RenderList(ListOutcome list)
    {
        if (list.Entries.Count == 0)
        {
            return TelegramHtml.Escape(list.Footer is null ? list.EmptyText : $"{list.EmptyText}\n{list.Footer}");
        }

        var html = new StringBuilder("<b>").Append(TelegramHtml.Escape(list.Title)).Append("</b>\n");
        foreach (var entry in list.Entries)
        {
            html.Append(entry.Number is { } n ? $"{n}. " : "• ").Append(TelegramHtml.Escape(entry.Text)).Append('\n');
            foreach (var detail in entry.Details)
            {
                html.Append("    <i>").Append(TelegramHtml.Escape(detail)).Append("</i>\n");
            }
        }

        if (list.Footer is not null)
        {
            html.Append(TelegramHtml.Escape(list.Footer));
        }

        return html.ToString().TrimEnd();
    }

    private static string Next(DateTimeOffset? next, Subscription subscription) => TelegramHtml.Escape(DisplayTime.NextDelivery(next, subscription));

    private string Date(DateTimeOffset instant) => DisplayTime.Date(instant, _displayZone);

    /// <summary>Cuts an over-long message at a line break, never inside a tag or an entity.</summary>
    private static string Fit(string html)
    {
        if (html.Length <= MaxMessageLength)
        {
            return html;
        }

        var cut = html.LastIndexOf('\n', MaxMessageLength - 2);
        return (cut > 0 ? html[..cut] : TelegramHtml.Escape("(too long to show)")) + "\n…";
    }
}
