using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers;

/// <summary>"/who NAME": who this is, in what role, in which recent stories.</summary>
public sealed class WhoCommand(IStoryStore stories, IWhoService who, TimeProvider time, IOptions<BriefingOptions> options) : ICommandHandler
{
    /// <summary>Most stories read for one look-up.</summary>
    public const int StoryLimit = 2000;

    public CommandSpec Spec => CommandSpecs.Who;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var name = arguments.GetText("name").Trim();
        if (name.Length > 100)
        {
            return new UsageError(Spec, "That name is too long; use at most 100 characters.");
        }

        var recent = await stories.ListSinceAsync(time.GetUtcNow() - options.Value.WhoLookback, StoryLimit, cancellationToken);
        return new WhoOutcome(who.Lookup(name, recent));
    }
}
