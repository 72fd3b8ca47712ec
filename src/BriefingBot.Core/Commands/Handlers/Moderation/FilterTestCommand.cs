using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Moderation;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Commands.Handlers.Moderation;

/// <summary>"/filter test": which recent stories the chat's filter lets through, and for the others the rule that stopped them.</summary>
public sealed class FilterTestCommand(
    ChatFeedService feeds, IStoryStore stories, TimeProvider time, IOptions<ModerationOptions> options) : ICommandHandler
{
    /// <summary>Most stories listed on each side (passing, stopped); the counts cover all of them.</summary>
    public const int MaxShown = 10;

    public CommandSpec Spec => CommandSpecs.FilterTest;

    public async Task<CommandOutcome> HandleAsync(CommandContext context, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lookback = options.Value.FilterTestLookback;
        var feed = await feeds.GetAsync(context.Chat, cancellationToken);
        var recent = await stories.ListSinceAsync(time.GetUtcNow() - lookback, BriefingComposer.CandidateLimit, cancellationToken);
        var decided = recent.Select(story => (Story: story, Decision: feed.Decide(story))).ToList();
        var passed = decided.Where(d => d.Decision.Passed).ToList();
        var stopped = decided.Where(d => !d.Decision.Passed).ToList();
        var entries = passed.Take(MaxShown).Select(d => new ListEntry($"passes: {d.Story.Title}", [d.Decision.Reason]))
            .Concat(stopped.Take(MaxShown).Select(d => new ListEntry($"left out: {d.Story.Title}", [d.Decision.Reason])))
            .ToList();
        var hours = lookback.TotalHours.ToString("0.#", DisplayTime.Culture);
        var more = passed.Count > MaxShown || stopped.Count > MaxShown ? $" (the first {MaxShown} of each shown)" : string.Empty;
        return new ListOutcome(
            $"Filter test: {passed.Count} of {recent.Count} stories from the last {hours} h pass{more}",
            entries,
            $"No stories in the last {hours} h to test against.",
            feed.Evaluator.Filter.Rules.Count == 0 ? "This chat has no filter rules; /filter add sets one." : null);
    }
}
