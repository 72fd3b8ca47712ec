using BriefingBot.Core.Stories;
using BriefingBot.Core.Topics;
using Microsoft.Extensions.Caching.Memory;

namespace BriefingBot.Core.Moderation;

/// <summary>
/// Each story prepared for filters once (normalised text, word set, topics), not once per chat: composing the briefings
/// of a thousand chats over the same stories reuses the same subjects. Keyed by story id and source count, so a story
/// that gains a source is prepared again.
/// </summary>
public sealed class FilterSubjects(IMemoryCache cache, ITopicClassifier topics)
{
    /// <summary>How long an unused subject is kept.</summary>
    public static TimeSpan Remember { get; } = TimeSpan.FromHours(2);

    public FilterSubject Of(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var key = ("filter-subject", story.Id, story.Sources.Count);
        if (cache.TryGetValue(key, out FilterSubject? subject) && subject is not null)
        {
            return subject;
        }

        subject = FilterSubject.FromStory(story, topics.Classify(TopicDocument.FromStory(story)).Select(t => t.Name));
        using var entry = cache.CreateEntry(key);
        entry.Value = subject;
        entry.Size = 1;
        entry.SlidingExpiration = Remember;
        return subject;
    }
}
