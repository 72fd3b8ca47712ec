namespace BriefingBot.Core.People.Conll;

/// <summary>Entity mentions (character spans) as token-level IOB2 tags: B-PER at a mention's first token, I-PER after.</summary>
public static class IobTags
{
    public static string Label(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>One tag per token; a token belongs to the first mention it overlaps.</summary>
    public static IReadOnlyList<string> Tag(IReadOnlyList<(int Start, int End)> tokens, IEnumerable<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(mentions);
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        var first = 0;
        foreach (var mention in mentions.OrderBy(m => m.Start))
        {
            while (first < tokens.Count && tokens[first].End <= mention.Start)
            {
                first++;
            }

            var label = Label(mention.Type);
            var inside = false;
            for (var i = first; i < tokens.Count && tokens[i].Start < mention.End; i++)
            {
                if (tags[i] != "O")
                {
                    continue;
                }

                tags[i] = (inside ? "I-" : "B-") + label;
                inside = true;
            }
        }

        return tags;
    }
}
