namespace BriefingBot.Core.People;

/// <summary>One occurrence of an entity in the text: where it is and which story entity it belongs to.</summary>
/// <param name="Start">Character offset in the text.</param>
/// <param name="Length">Length of the name as written (titles and honorifics excluded).</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Name">The canonical name of the <see cref="StoryEntity"/> it belongs to.</param>
public sealed record EntityMention(int Start, int Length, EntityType Type, string Name)
{
    public int End => Start + Length;
}
