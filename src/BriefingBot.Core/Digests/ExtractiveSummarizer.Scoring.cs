using BriefingBot.Core.Text;

namespace BriefingBot.Core.Digests;

public sealed partial class ExtractiveSummarizer
{
    /// <summary>Openers that point back to an earlier sentence ("He said...", "But...").</summary>
    private static readonly HashSet<string> DanglingOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "this", "these", "those", "that", "his", "her", "their", "its", "but",
        "however", "also", "and", "meanwhile", "yet", "so", "still", "such", "then", "instead", "moreover",
        "furthermore", "besides", "otherwise", "thus", "therefore", "hence", "nevertheless", "nonetheless",
        "there", "both", "we", "i", "or", "which", "additionally", "likewise", "similarly",
    };

    private static readonly string[] AttributionWords =
        ["said", "says", "told", "according", "asked", "added", "insisted", "warned", "explained", "wrote", "argued", "claimed", "stated"];

    private static Candidate[] Analyse(string title, string[] sentences)
    {
        var tokens = sentences.Select(Words.Tokenize).ToArray();
        var stemOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var stems = tokens.Select(words => ContentStems(words, stemOf)).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var terms in stems)
        {
            foreach (var term in terms.Distinct())
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = stems.Select(terms => Vectorise(terms, documentFrequency, sentences.Length)).ToArray();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        var norms = vectors.Select(Norm).ToArray();
        var centroidNorm = Norm(centroid);
        var graphRank = GraphCentrality(vectors, norms);
        var overlapRank = OverlapCentrality(tokens);
        var goodSentences = tokens.Count(words => words.Count >= 6);
        var positionWeight = PositionWeight * Math.Clamp(goodSentences / (double)TypicalSentences, 0.25, 4);
        var titleStems = Words.ContentStems(title).ToHashSet(StringComparer.Ordinal);
        var normalisedTitle = string.Join(' ', Words.Tokenize(title));
        var result = new Candidate[sentences.Length];
        var rank = 0;
        for (var i = 0; i < sentences.Length; i++)
        {
            var text = sentences[i];
            var wordCount = tokens[i].Count;
            var excluded = wordCount == 0 || (normalisedTitle.Length > 0 && string.Join(' ', tokens[i]) == normalisedTitle);
            var weak = wordCount < 6 || !SentenceShape.EndsWithTerminal(text);
            var position = 1.0 / (1 + rank);
            if (!weak && !excluded)
            {
                rank++;
            }

            var titleOverlap = titleStems.Count == 0 ? 0 : stems[i].Distinct().Count(titleStems.Contains) / (double)titleStems.Count;
            var centrality = ((1 - OverlapShare) * 0.5 * (Cosine(vectors[i], norms[i], centroid, centroidNorm) + graphRank[i])) + (OverlapShare * overlapRank[i]);
            var score = (positionWeight * position) + (CentralityWeight * centrality) + (TitleWeight * titleOverlap);
            score *= Penalty(text, tokens[i], weak);
            result[i] = new Candidate(i, text, vectors[i], norms[i], score, IsDangling(tokens[i]), weak, excluded);
        }

        return result;
    }

    private static double Penalty(string text, List<string> words, bool weak)
    {
        var factor = weak ? 0.2 : 1.0;
        if (words.Count > 55)
        {
            factor *= 0.7;
        }

        if (IsUnattributedQuote(text, words))
        {
            factor *= 0.5;
        }

        if (text.EndsWith('?'))
        {
            factor *= 0.7;
        }

        return factor;
    }

    private static bool IsDangling(List<string> words) => words.Count > 0 && DanglingOpeners.Contains(words[0]);

    private static bool IsUnattributedQuote(string text, List<string> words)
    {
        if (text.Length == 0 || text[0] is not ('"' or '“' or '\'' or '‘'))
        {
            return false;
        }

        return !AttributionWords.Any(w => words.Contains(w));
    }

    private sealed record Candidate(int Index, string Text, Dictionary<string, double> Vector, double Norm, double Score, bool Dangling, bool Weak, bool Excluded);
}
