using BriefingBot.Core.Chats;
using BriefingBot.Core.News;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// Builds a chat's <see cref="ChatFeed"/> from its stored filter rules and the feeds chats added. The list of every
/// chat's added feeds is read at most once a minute (a delivery wave composes for every chat); this instance's own
/// changes drop it at once, other instances' show within the minute.
/// </summary>
public sealed class ChatFeedService(
    IChatFilterStore filters,
    IChatSourceStore sources,
    FilterSubjects subjects,
    ITopicClassifier topics,
    IMemoryCache cache,
    IOptions<ModerationOptions> options)
{
    private static readonly object AllSourcesKey = new();

    public async Task<ChatFeed> GetAsync(ChatAddress chat, CancellationToken cancellationToken) =>
        (await GetWithProfileKeyAsync(chat, cancellationToken)).Feed;

    /// <summary>
    /// The chat's feed and the key briefings composed with it may be shared under: "default" when no chat has rules or
    /// feeds, "shared" for a chat without rules or feeds of its own (its feed only leaves out other chats' feeds, the
    /// same for all such chats), else the chat's own key.
    /// </summary>
    public async Task<(ChatFeed Feed, string ProfileKey)> GetWithProfileKeyAsync(ChatAddress chat, CancellationToken cancellationToken)
    {
        var filter = await filters.GetAsync(chat, cancellationToken);
        var all = await AllSourcesAsync(cancellationToken);
        var foreign = ChatFeed.ForeignSources(all, chat);
        if (filter.Rules.Count == 0 && foreign.Count == 0)
        {
            return (ChatFeed.Unfiltered, "default");
        }

        var key = filter.Rules.Count == 0 && all.All(s => s.Chat != chat) ? "shared" : "chat:" + chat.Key;
        return (Compile(filter, foreign), key);
    }

    private ChatFeed Compile(ChatFilter filter, IReadOnlySet<string> foreign)
    {
        // Rules were checked when added; a stored rule the current limits refuse is left out rather than failing briefings.
        var limits = options.Value.Limits with { MaxRules = int.MaxValue };
        var valid = filter.Rules.Where(r => FilterRuleValidator.CheckRule(r, limits) is null).ToList();
        return new ChatFeed(new FilterEvaluator(new ChatFilter(valid), limits, topics.Resolve), foreign, subjects.Of);
    }

    /// <summary>Call after a chat added or removed a feed, so briefings composed here see it at once.</summary>
    public void SourcesChanged() => cache.Remove(AllSourcesKey);

    private async Task<IReadOnlyList<ChatSource>> AllSourcesAsync(CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(AllSourcesKey, out IReadOnlyList<ChatSource>? all) && all is not null)
        {
            return all;
        }

        all = await sources.ListAllAsync(cancellationToken);
        using var entry = cache.CreateEntry(AllSourcesKey);
        entry.Value = all;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
        return all;
    }
}
