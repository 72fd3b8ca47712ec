using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Subscriptions;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>
/// "/story N": item N of the last briefing posted in this chat, with its longer digest and every source. That is the chat's
/// own last briefing, or — in a channel that other chats' daily briefings are posted in ("/channel set") — theirs, recorded
/// under their home chat: whichever of them was sent last.
/// </summary>
public sealed class StoryCommand(IChatStore chats, ISubscriptionStore subscriptions, IStoryStore stories) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Story;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var number = arguments.GetNumber("number");
        var last = await LastPostedHereAsync(context.Chat, cancellationToken);
        if (last is null || last.StoryIds.Count == 0)
        {
            return new NotFound("This chat has not had a briefing yet, so there is no item to expand.", ["/briefing"]);
        }

        if (number > last.StoryIds.Count)
        {
            var count = last.StoryIds.Count;
            return new UsageError(Spec, $"The last briefing had {count} item{(count == 1 ? string.Empty : "s")}; choose 1 to {count}.");
        }

        var story = await stories.GetAsync(last.StoryIds[number - 1], cancellationToken);
        return story is null
            ? new NotFound($"Item {number} is no longer stored; ask for a new /briefing.", ["/briefing"])
            : new StoryOutcome(number, story);
    }

    private async Task<BriefingRecord?> LastPostedHereAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var last = await chats.GetLastBriefingAsync(chat, cancellationToken);
        foreach (var subscription in await subscriptions.ListDeliveringToAsync(chat, cancellationToken))
        {
            var theirs = await chats.GetLastBriefingAsync(subscription.Chat, cancellationToken);
            if (theirs is not null && (last is null || theirs.SentAt > last.SentAt))
            {
                last = theirs;
            }
        }

        return last;
    }
}
