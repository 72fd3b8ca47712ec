namespace BriefingBot.Core.People;

public sealed partial class EntityExtractor
{
    private static void FindMentions(string sentence, int sentenceIndex, List<Mention> mentions, bool knownOnly)
    {
        var tokens = Tokenize(sentence);
        var i = Dateline(sentenceIndex, tokens, mentions);
        if (knownOnly)
        {
            FindKnownNames(sentence, sentenceIndex, tokens, i, mentions);
            return;
        }

        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens, i, insideName: false))
            {
                i++;
                continue;
            }

            var end = i;
            while (end + 1 < tokens.Count && !tokens[end].Possessive)
            {
                if (IsNameWord(tokens, end + 1, insideName: true))
                {
                    end++;
                }
                else if (end + 2 < tokens.Count && IsJoinable(tokens, i, end) && IsNameWord(tokens, end + 2, insideName: true))
                {
                    end += 2;
                }
                else if (end + 3 < tokens.Count && IsJoinable(tokens, i, end) && EntityLexicon.Connectors.Contains(tokens[end + 2].Text) &&
                    tokens[end + 2].Text != "&" && IsNameWord(tokens, end + 3, insideName: true))
                {
                    end += 3;
                }
                else
                {
                    break;
                }
            }

            AddMention(sentence, sentenceIndex, tokens, i, end, mentions);
            i = end + 1;
        }
    }

    /// <summary>"University of Warwick", "Group of Seven", "Ludwig van Beethoven"; not "Kishida of Japan".</summary>
    private static bool IsJoinable(List<Token> tokens, int start, int end)
    {
        var connector = tokens[end + 1].Text;
        if (!EntityLexicon.Connectors.Contains(connector))
        {
            return false;
        }

        if (connector is not ("of" or "for"))
        {
            return true;
        }

        var head = tokens[start].Text;
        return EntityLexicon.OrganizationHeads.Contains(head) || EntityLexicon.LocationHeads.Contains(head) ||
            EntityLexicon.OrganizationHeads.Contains(tokens[end].Text);
    }

    private static void AddMention(string sentence, int sentenceIndex, List<Token> tokens, int start, int end, List<Mention> mentions)
    {
        var whole = Slice(sentence, tokens, start, end);
        var wholeType = CueType(tokens, start, end, whole);
        if (wholeType is not null)
        {
            mentions.Add(NewMention(sentenceIndex, tokens, start, end, whole, whole, wholeType, role: null));
            return;
        }

        var honorific = false;
        var nameStart = start;
        while (nameStart < end && EntityLexicon.Honorifics.Contains(tokens[nameStart].Text))
        {
            honorific = true;
            nameStart++;
        }

        var office = honorific ? null : OfficeBefore(sentence, tokens, start, end);
        var (titleStart, titleEnd) = office is null ? FindTitle(tokens, nameStart, end) : (-1, -1);
        var role = office?.Role;
        nameStart = office?.NameStart ?? nameStart;
        if (role is null && titleStart >= 0)
        {
            role = TitleRole(sentence, sentenceIndex, tokens, nameStart, titleStart, titleEnd, mentions);
            nameStart = titleEnd;
        }
        else if (role is null)
        {
            var exact = honorific ? null : LowerCaseTitleBefore(sentence, tokens, start);
            var phrase = RoleBefore(sentence, tokens, start, end);
            role = phrase is not null && (exact is null || (phrase.Length > exact.Length && !exact.Contains(" of ", StringComparison.Ordinal))) ? phrase : exact;
        }

        var last = tokens[end].Text;
        if (Gazetteer.Demonyms.ContainsKey(last) || Gazetteer.Adjectives.Contains(last) || Gazetteer.IsNationality(last) || IsTitleWord(last))
        {
            AddDescriptors(sentenceIndex, tokens, start, end, mentions);
            return;
        }

        if (Gazetteer.Demonyms.ContainsKey(tokens[nameStart].Text) && nameStart < end && titleStart < 0)
        {
            nameStart++;
        }

        AddDescriptors(sentenceIndex, tokens, start, nameStart - 1, mentions);

        var name = Slice(sentence, tokens, nameStart, end);
        var surface = honorific && titleStart < 0 ? whole : name;
        var type = CueType(tokens, nameStart, end, name);
        var personShaped = honorific || role is not null || (end > nameStart && !EntityLexicon.NotPersonHeads.Contains(tokens[nameStart].Text));
        if (type is null && personShaped)
        {
            type = EntityType.Person;
        }

        role ??= type == EntityType.Person ? Appositive(sentence, tokens, end) ?? Copula(sentence, tokens, end) ?? RoleAfter(sentence, tokens, end) : null;
        mentions.Add(NewMention(sentenceIndex, tokens, nameStart, end, name, surface, type, role));
    }

    private static Mention NewMention(int sentenceIndex, List<Token> tokens, int start, int end, string name, string surface, EntityType? type, string? role)
    {
        var next = end + 1 < tokens.Count ? tokens[end + 1].Text : "";
        var speech = EntityLexicon.SpeechVerbs.Contains(next) || (start > 0 && EntityLexicon.SpeechVerbs.Contains(tokens[start - 1].Text));
        var initial = start == 0 || tokens[start - 1].Text is ":" or "\"" or "“" or "‘" or "(" or "-" or "—" or "–" || (start == end && next == ":");
        var placeCue = start > 0 && EntityLexicon.PlacePrepositions.Contains(tokens[start - 1].Text);
        return new Mention(sentenceIndex, tokens[start].Start, name, surface, end - start + 1, type, role, initial, speech)
        {
            PlaceCue = placeCue,
            ArticleCue = start > 0 && tokens[start - 1].Text is "the" or "The" && end == start,
            TeamCue = IsTeamContext(tokens, start, end),
        };
    }

    private static EntityType? CueType(List<Token> tokens, int start, int end, string text)
    {
        if (Gazetteer.IsOrganization(text))
        {
            return EntityType.Organization;
        }

        if (Gazetteer.IsLocation(text))
        {
            return EntityType.Location;
        }

        var first = tokens[start].Text;
        var last = tokens[end].Text;
        if ((end > start && (EntityLexicon.OrganizationTails.Contains(last) || EntityLexicon.ClubHeads.Contains(first))) ||
            tokens.Skip(start).Take(end - start + 1).Any(t => t.Text == "&") ||
            (end > start + 1 && EntityLexicon.OrganizationHeads.Contains(first) && tokens[start + 1].Text is "of" or "for"))
        {
            return EntityType.Organization;
        }

        if (end > start && (EntityLexicon.LocationTails.Contains(last) || EntityLexicon.LocationHeads.Contains(first)))
        {
            return EntityType.Location;
        }

        if (end > start && EntityLexicon.EventTails.Contains(last))
        {
            return EntityType.Misc;
        }

        return start == end && IsAllCapsAcronym(first) ? EntityType.Organization : null;
    }

    private static string Slice(string sentence, List<Token> tokens, int start, int end) =>
        sentence[tokens[start].Start..tokens[end].End];
}
