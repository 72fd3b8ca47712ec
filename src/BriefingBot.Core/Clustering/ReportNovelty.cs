using BriefingBot.Core.Text;

namespace BriefingBot.Core.Clustering;

/// <summary>
/// Tells an update of a developing story from a duplicate. A later report from an outlet that already reported the
/// story is an update when it brings at least <see cref="UpdateSentences"/> new sentences, or one new sentence and a
/// number the stored text does not have (a toll, a score, a price); anything less (a reworded headline, a fixed
/// typo, the same text again, a shorter teaser) is a duplicate and changes nothing. A sentence is new when under
/// <see cref="SameSentence"/> of its content words appear together in any one stored sentence.
/// </summary>
public sealed class ReportNovelty(ISentenceSplitter splitter)
{
    /// <summary>Share of a sentence's content words found in one stored sentence that makes it the same sentence.</summary>
    public const double SameSentence = 0.7;

    /// <summary>Shorter sentences ("Read more.", datelines) never count as new.</summary>
    public const int MinWords = 4;

    /// <summary>New sentences that make an update on their own.</summary>
    public const int UpdateSentences = 2;

    public ReportChange Compare(string storedTitle, string storedText, string newTitle, string newText)
    {
        ArgumentNullException.ThrowIfNull(storedTitle);
        ArgumentNullException.ThrowIfNull(storedText);
        ArgumentNullException.ThrowIfNull(newTitle);
        ArgumentNullException.ThrowIfNull(newText);
        var stored = Sentences(storedTitle, storedText);
        var fresh = Sentences(newTitle, newText);
        var newSentences = fresh.Count(sentence => sentence.Count >= MinWords && !stored.Any(old => Contained(sentence, old)));
        var known = Numbers(storedTitle + " " + storedText).ToHashSet(StringComparer.Ordinal);
        var newNumbers = Numbers(newTitle + " " + newText).Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var isUpdate = newSentences >= UpdateSentences || (newSentences >= 1 && newNumbers.Count > 0);
        return new ReportChange(newSentences, newNumbers, isUpdate);
    }

    private List<HashSet<string>> Sentences(string title, string text)
    {
        var sentences = new List<HashSet<string>> { Words.ContentStems(title).ToHashSet(StringComparer.Ordinal) };
        sentences.AddRange(splitter.Split(text).Select(s => Words.ContentStems(s).ToHashSet(StringComparer.Ordinal)));
        return sentences;
    }

    private static bool Contained(HashSet<string> sentence, HashSet<string> old) =>
        sentence.Count(old.Contains) >= SameSentence * sentence.Count;

    private static IEnumerable<string> Numbers(string text) => Words.Tokenize(text).Where(w => w.Any(char.IsAsciiDigit));
}
