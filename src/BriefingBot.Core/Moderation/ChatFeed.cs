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
    private readonly Func<Story, FilterSubject> _subjectOf;

    /// <param name="evaluator">The chat's compiled filter.</param>
    /// <param name="foreignSources">Ids of feeds other chats added and this chat did not.</param>
    /// <param name="subjectOf">A story as filters see it (shared by chats: <see cref="FilterSubjects"/>).</param>
    public ChatFeed(FilterEvaluator evaluator, IReadOnlySet<string> foreignSources, Func<Story, FilterSubject> subjectOf)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(foreignSources);
        ArgumentNullException.ThrowIfNull(subjectOf);
        Evaluator = evaluator;
        _foreignSources = foreignSources;
        _subjectOf = subjectOf;
        IsEmpty = evaluator.Filter.Rules.Count == 0 && foreignSources.Count == 0;
        Preference = TopicPreference.Of(evaluator.Filter.Of(FilterRuleKind.IncludeTopic).Select(r => r.Value.Trim()), []);
    }

    /// <summary>Every story, no preference: a chat with no rules and no foreign feeds.</summary>
    public static ChatFeed Unfiltered { get; } =
        new(new FilterEvaluator(ChatFilter.Empty, FilterLimits.Default), new HashSet<string>(), story => FilterSubject.FromStory(story, []));

    public FilterEvaluator Evaluator { get; }

    /// <summary>The chat's include-topic rules, used to rank stories in those topics higher.</summary>
    public TopicPreference Preference { get; }

    /// <summary>True when the chat has no rules and no other chat added a feed: every story passes.</summary>
    public bool IsEmpty { get; }

    /// <summary>Whether the chat receives <paramref name="story"/>, and why (or why not).</summary>
    public FilterDecision Decide(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        if (_foreignSources.Count > 0 && story.Sources.Count > 0 && story.Sources.All(s => _foreignSources.Contains(s.SourceId)))
        {
            return Foreign;
        }

        return Evaluator.Evaluate(_subjectOf(story));
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
