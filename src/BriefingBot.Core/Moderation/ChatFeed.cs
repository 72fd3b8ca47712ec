using BriefingBot.Core.News;
using BriefingBot.Core.Stories;
using BriefingBot.Core.Topics;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// What one chat receives, compiled once per briefing: its filter, its include-topics as the ranking preference, and
/// the feeds other chats added (a story reported only by such feeds is theirs, not this chat's).
/// </summary>
public sealed class ChatFeed
{
    private static readonly FilterDecision Foreign = new(false, "only feeds that other chats added reported it", null);

    private readonly IReadOnlySet<string> _foreignSources;

    /// <param name="evaluator">The chat's compiled filter.</param>
    /// <param name="foreignSources">Ids of feeds other chats added and this chat did not.</param>
    public ChatFeed(FilterEvaluator evaluator, IReadOnlySet<string> foreignSources)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(foreignSources);
        Evaluator = evaluator;
        _foreignSources = foreignSources;
        NeedsTopics = evaluator.Filter.Rules.Any(r => r.Subject == "topic");
        Preference = TopicPreference.Of(evaluator.Filter.Of(FilterRuleKind.IncludeTopic).Select(r => r.Value.Trim()), []);
    }

    /// <summary>Every story, no preference: a chat with no rules and no foreign feeds.</summary>
    public static ChatFeed Unfiltered { get; } = new(new FilterEvaluator(ChatFilter.Empty, FilterLimits.Default), new HashSet<string>());

    public FilterEvaluator Evaluator { get; }

    /// <summary>The chat's include-topic rules, used to rank stories in those topics higher.</summary>
    public TopicPreference Preference { get; }

    /// <summary>True when a rule looks at topics (so stories must be classified).</summary>
    public bool NeedsTopics { get; }

    /// <summary>Whether the chat receives <paramref name="story"/>, and why (or why not).</summary>
    /// <param name="story">The candidate.</param>
    /// <param name="topicsOf">The story's topics; asked only when a rule looks at topics.</param>
    public FilterDecision Decide(Story story, Func<Story, IReadOnlyList<TopicScore>> topicsOf)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(topicsOf);
        if (_foreignSources.Count > 0 && story.Sources.Count > 0 && story.Sources.All(s => _foreignSources.Contains(s.SourceId)))
        {
            return Foreign;
        }

        var topics = NeedsTopics ? topicsOf(story).Select(t => t.Name) : [];
        return Evaluator.Evaluate(FilterSubject.FromStory(story, topics));
    }

    /// <summary>The ids of feeds added by other chats than <paramref name="chat"/> and not by it.</summary>
    public static IReadOnlySet<string> ForeignSources(IEnumerable<ChatSource> allAdded, Chats.ChatAddress chat)
    {
        ArgumentNullException.ThrowIfNull(allAdded);
        var all = allAdded.ToList();
        var own = all.Where(s => s.Chat == chat).Select(s => s.SourceId).ToHashSet(StringComparer.Ordinal);
        return all.Select(s => s.SourceId).Where(id => !own.Contains(id)).ToHashSet(StringComparer.Ordinal);
    }
}
