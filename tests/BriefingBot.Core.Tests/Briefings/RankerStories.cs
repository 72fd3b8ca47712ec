using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>Stored-story values for ranking tests.</summary>
internal static class RankerStories
{
    public static Story Story(long id, string title, DateTimeOffset published) =>
        new(new StoryId(id), title, title + ".", [title + "."], [title + "."], [new StorySource("wire", "Wire", title, null, published)], [], published, published);
}
