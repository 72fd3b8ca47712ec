using System.Text.RegularExpressions;

namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private const int LongestKnownName = 4;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    /// <summary>
    /// A newswire dateline at the start of a line, "LONDON 2026-05-01" or "NEW YORK (Reuters) -": the words in capitals
    /// are a place. Returns the first token after the dateline's place (0 when there is none).
    /// </summary>
    private static int Dateline(int sentenceIndex, List<Token> tokens, List<Mention> mentions)
    {
        var end = 0;
        while (end < tokens.Count && end < LongestKnownName && IsCapitalsWord(tokens[end].Text))
        {
            end++;
        }

        var next = end < tokens.Count ? tokens[end].Text : "";
        if (end == 0 || !(IsoDate().IsMatch(next) || (next == "(" && end + 1 < tokens.Count && char.IsUpper(tokens[end + 1].Text[0]))))
        {
            return 0;
        }

        var place = string.Join(' ', tokens.Take(end).Select(t => t.Text));
        mentions.Add(NewMention(sentenceIndex, tokens, 0, end - 1, place, place, EntityType.Location, role: null));
        return end;
    }

    private static bool IsCapitalsWord(string text) =>
        text.Any(char.IsLetter) && text.All(c => char.IsUpper(c) || c is '.' or '-' or '\'');

    /// <summary>Only names the gazetteer knows, longest first, compared without regard to case ("NEW YORK", "IRAQI").</summary>
    private static void FindKnownNames(string sentence, int sentenceIndex, List<Token> tokens, int start, List<Mention> mentions)
    {
        for (var i = start; i < tokens.Count; i++)
        {
            for (var length = Math.Min(LongestKnownName, tokens.Count - i); length >= 1; length--)
            {
                var end = i + length - 1;
                if (!char.IsUpper(tokens[i].Text[0]) || !char.IsUpper(tokens[end].Text[0]))
                {
                    continue;
                }

                var words = Slice(sentence, tokens, i, end);
                EntityType? type = Gazetteer.IsLocation(words) ? EntityType.Location : Gazetteer.IsOrganization(words) ? EntityType.Organization : null;
                var descriptor = type is null && (Gazetteer.IsNationality(words) || (length == 2 && Gazetteer.Demonyms.ContainsKey(words)));
                if (type is null && !descriptor)
                {
                    continue;
                }

                mentions.Add(NewMention(sentenceIndex, tokens, i, end, words, words, type ?? EntityType.Misc, role: null) with { Descriptor = descriptor });
                i = end;
                break;
            }
        }
    }
}
