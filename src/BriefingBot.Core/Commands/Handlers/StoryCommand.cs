using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/story N": item N of this chat's last briefing, with its longer digest and every source.</summary>
public sealed class StoryCommand(IChatStore chats, IStoryStore stories) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.Story;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var number = arguments.GetNumber("number");
        var last = await chats.GetLastBriefingAsync(context.Chat, cancellationToken);
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
}
