using BriefingBot.Core.Chats;
using BriefingBot.Core.News;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Moderation;

/// <summary>Builds a chat's <see cref="ChatFeed"/> from its stored filter rules and the feeds chats added.</summary>
public sealed class ChatFeedService(
    IChatFilterStore filters, IChatSourceStore sources, FilterSubjects subjects, ITopicClassifier topics, IOptions<ModerationOptions> options)
{
    public async Task<ChatFeed> GetAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var filter = await filters.GetAsync(chat, cancellationToken);
        var foreign = ChatFeed.ForeignSources(await sources.ListAllAsync(cancellationToken), chat);
        if (filter.Rules.Count == 0 && foreign.Count == 0)
        {
            return ChatFeed.Unfiltered;
        }

        // Rules were checked when added; a stored rule the current limits refuse is left out rather than failing briefings.
        var limits = options.Value.Limits with { MaxRules = int.MaxValue };
        var valid = filter.Rules.Where(r => FilterRuleValidator.CheckRule(r, limits) is null).ToList();
        return new ChatFeed(new FilterEvaluator(new ChatFilter(valid), limits, topics.Resolve), foreign, subjects.Of);
    }
}
