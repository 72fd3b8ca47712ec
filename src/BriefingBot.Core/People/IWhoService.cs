using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>Answers "/who NAME" from a set of stories.</summary>
public interface IWhoService
{
    WhoResult Lookup(string query, IReadOnlyList<Story> stories, int maxStories = 5);

    /// <summary>The same answer from stories grouped once (<see cref="WhoIndex.Build"/>): what repeated look-ups use.</summary>
    WhoResult Lookup(string query, WhoIndex index, int maxStories = 5);
}
