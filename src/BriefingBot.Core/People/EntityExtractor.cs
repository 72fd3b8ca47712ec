using BriefingBot.Core.Text;

namespace BriefingBot.Core.People;

/// <summary>
/// Rule-based entity extractor for news: capitalised token runs, honorifics and titles, organisation and
/// place cues, a small gazetteer and document-level consistency ("Fumio Kishida" makes a later "Kishida's"
/// the same person). Roles come from pre-modifying titles ("Japanese Prime Minister Fumio Kishida") and
/// appositives ("Chris Hughes, a professor at ...").
/// </summary>
public sealed partial class EntityExtractor : IEntityExtractor
{
    public IReadOnlyList<StoryEntity> Extract(string title, string text) => Analyze(title, text).Entities;

    public EntityAnalysis Analyze(string title, string text)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        var spans = SentenceSplitter.SplitSpans(text).ToList();
        var sentences = spans.Select(s => s.Of(text)).ToList();
        var content = sentences.Select(IsContent).ToList();
        if (!content.Contains(true) && !string.IsNullOrWhiteSpace(title))
        {
            // The headline stands in for a text without prose; its mentions have no offsets in the text.
            spans.Clear();
            sentences = [title.Trim()];
            content = [true];
        }

        var mentions = new List<Mention>();
        for (var i = 0; i < sentences.Count; i++)
        {
            // Headlines in capitals and lines that are not prose (page furniture) only yield names the lexicon knows;
            // short lines with figures (results, datelines) are read as usual.
            var knownOnly = IsShouted(sentences[i]) || (!content[i] && !sentences[i].Any(char.IsDigit));
            FindMentions(sentences[i], i, mentions, knownOnly);
        }

        var offsets = spans.Select(s => s.Start).ToList();
        return Resolve(mentions, sentences, offsets, Evidence(title, mentions));
    }

    /// <summary>Words seen as names outside a sentence start: in the headline or mid-sentence in the text.</summary>
    private static HashSet<string> Evidence(string title, List<Mention> mentions)
    {
        var evidence = mentions.Where(m => !m.SentenceInitial).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = word.Trim('"', '\'', '‘', '’', '“', '”', ',', ':', ';', '?', '!', '.');
            if (trimmed.EndsWith("'s", StringComparison.Ordinal) || trimmed.EndsWith("’s", StringComparison.Ordinal))
            {
                trimmed = trimmed[..^2];
            }

            if (trimmed.Length > 1 && char.IsUpper(trimmed[0]))
            {
                evidence.Add(trimmed);
            }
        }

        return evidence;
    }

    /// <summary>Mostly capital letters: a headline or a results header ("RUGBY - FRANCE SEAL BIG WIN").</summary>
    private static bool IsShouted(string sentence)
    {
        var letters = sentence.Count(char.IsLetter);
        return letters >= 6 && sentence.Count(char.IsUpper) >= letters * 0.8;
    }

    /// <summary>Short unpunctuated lines ("Leave a Comment", "Recent Posts") are page furniture, not prose.</summary>
    private static bool IsContent(string sentence)
    {
        return SentenceShape.EndsWithTerminal(sentence, colonCounts: true) || Words.Tokenize(sentence).Count > 5;
    }

    /// <summary>One occurrence of a name in a sentence, before document-level resolution.</summary>
    private sealed record Mention(
        int Sentence,
        int Position,
        string Name,
        string Surface,
        int TokenCount,
        EntityType? Type,
        string? Role,
        bool SentenceInitial,
        bool FollowedBySpeech)
    {
        /// <summary>A nationality word ("Japanese"): reported as a mention, never made an entity.</summary>
        public bool Descriptor { get; init; }

        /// <summary>After "in", "near", "at": an unknown name here is a place.</summary>
        public bool PlaceCue { get; init; }

        /// <summary>"the Treasury", "the Kremlin": an unknown single name after "the" is an institution.</summary>
        public bool ArticleCue { get; init; }

        /// <summary>A side in a match: an unknown name or a city here is a club, a country its national team.</summary>
        public bool TeamCue { get; init; }
    }
}
