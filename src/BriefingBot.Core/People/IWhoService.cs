using BriefingBot.Core.Stories;

namespace BriefingBot.Core.People;

/// <summary>Answers "/who NAME" from a set of stories.</summary>
public interface IWhoService
{
    WhoResult Lookup(string query, IReadOnlyList<Story> stories, int maxStories = 5);
}
