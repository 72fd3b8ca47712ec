namespace BriefingBot.Core.People;

/// <summary>Finds people, organisations and places in a story, with roles where the text gives them.</summary>
public interface IEntityExtractor
{
    IReadOnlyList<StoryEntity> Extract(string title, string text);

    /// <summary>The entities and their mentions with character offsets in <paramref name="text"/>.</summary>
    EntityAnalysis Analyze(string title, string text);
}
