using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/filter add &lt;kind&gt; &lt;value&gt;": checks the rule against the limits and the taxonomy, then appends it.</summary>
public sealed class FilterAddCommand(
    IChatFilterStore filters, ITopicClassifier topics, AuditTrail audit, IOptions<ModerationOptions> options, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec => CommandSpecs.FilterAdd;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!FilterRuleKinds.TryParse(arguments.GetText("kind"), out var kind))
        {
            return new UsageError(Spec, $"Use one of: {string.Join(", ", FilterRuleKinds.Names)}.");
        }

        var rule = new FilterRule(kind, arguments.GetText("value").Trim());
        var filter = await filters.GetAsync(context.Chat, cancellationToken);
        if (FilterRuleValidator.Check(filter, rule, options.Value.Limits, topics) is { } problem)
        {
            return new UsageError(Spec, problem);
        }

        var number = await filters.AddAsync(context.Chat, rule, context.User.Id, time.GetUtcNow(), cancellationToken);
        var written = $"{FilterRuleKinds.NameOf(kind)} {rule.Value}";
        await audit.RecordAsync(context, Spec, $"rule {number}: {written}", cancellationToken);
        return new MessageOutcome($"Added filter rule {number}: {written}. It applies from the next briefing; /filter test shows its effect.");
    }
}
