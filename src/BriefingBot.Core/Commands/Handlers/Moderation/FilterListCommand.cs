using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/filter list": the chat's rules, numbered as "/filter remove N" expects. Members may read it.</summary>
public sealed class FilterListCommand(IChatFilterStore filters) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.FilterList;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = await filters.GetAsync(context.Chat, cancellationToken);
        var entries = filter.Rules.Select((rule, i) => new ListEntry($"{FilterRuleKinds.NameOf(rule.Kind)} {rule.Value}", [], i + 1)).ToList();
        return new ListOutcome(
            $"Filter rules of this chat ({entries.Count})",
            entries,
            "No filter rules: this chat gets every story.",
            "Moderators: /filter add <kind> <value>, /filter remove N, /filter test.");
    }
}
