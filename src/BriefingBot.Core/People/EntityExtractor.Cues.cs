namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    /// <summary>Nationality words before or instead of a name ("Japanese", "South Korean", "Iraqis") as descriptors, and
    /// country words used like them ("U.S.") as places.</summary>
    private static void AddDescriptors(int sentenceIndex, List<Token> tokens, int from, int to, List<Mention> mentions)
    {
        for (var i = from; i <= to; i++)
        {
            var length = i < to && Gazetteer.Demonyms.ContainsKey(tokens[i].Text + " " + tokens[i + 1].Text) ? 2 : 1;
            var words = length == 2 ? tokens[i].Text + " " + tokens[i + 1].Text : tokens[i].Text;
            if (length == 2 || Gazetteer.IsNationality(words))
            {
                mentions.Add(NewMention(sentenceIndex, tokens, i, i + length - 1, words, words, EntityType.Misc, role: null) with { Descriptor = true });
            }
            else if (Gazetteer.Demonyms.ContainsKey(words) && Gazetteer.IsLocation(words))
            {
                mentions.Add(NewMention(sentenceIndex, tokens, i, i, words, words, EntityType.Location, role: null));
            }

            i += length - 1;
        }
    }

    /// <summary>A side in a match: next to "beat"/"v", or followed by a score in a line of figures ("Halvorsby 3 Milan 1").</summary>
    private static bool IsTeamContext(List<Token> tokens, int start, int end)
    {
        var previous = start > 0 ? tokens[start - 1].Text : "";
        var next = end + 1 < tokens.Count ? tokens[end + 1].Text : "";
        if (EntityLexicon.MatchWords.Contains(previous) || EntityLexicon.MatchWords.Contains(next))
        {
            return true;
        }

        static bool IsScore(string text) => text.Length is >= 1 and <= 3 && text.All(char.IsAsciiDigit);
        return IsScore(next) && tokens.Count(t => IsScore(t.Text)) >= 2;
    }

    /// <summary>
    /// A name no cue typed in one place takes the type the story gives it elsewhere: "Ashbury" in a standings row is a
    /// club, so "Ashbury's bowlers" is the club too. Drops what stays unplaced.
    /// </summary>
    private static IEnumerable<(Mention Mention, string Key, EntityType Type)> TypeLikeElsewhere(List<(Mention Mention, string? Key, EntityType Type)> classified)
    {
        var typed = new Dictionary<string, (string Key, EntityType Type)>(StringComparer.Ordinal);
        foreach (var (mention, key, type) in classified)
        {
            if (key is not null && type != EntityType.Misc)
            {
                typed.TryAdd(mention.Name, (key, type));
            }
        }

        foreach (var (mention, key, type) in classified)
        {
            var guessed = mention.Type is null && (key is null || type == EntityType.Misc);
            if (guessed && typed.TryGetValue(mention.Name, out var elsewhere))
            {
                yield return (mention, elsewhere.Key, elsewhere.Type);
            }
            else if (key is not null)
            {
                yield return (mention, key, type);
            }
        }
    }
}
