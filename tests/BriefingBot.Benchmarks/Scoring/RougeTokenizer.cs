using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace BriefingBot.Benchmarks.Scoring;

/// <summary>
/// ROUGE-1.5.5 tokenisation as the reference re-implementations do it: lower-case, anything that is not a letter or a
/// digit separates tokens, Porter-stem tokens longer than three characters.
/// </summary>
internal static class RougeTokenizer
{
    [ThreadStatic]
    private static PorterStemmer? _stemmer;

    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                tokens.Add(Stem(current.ToString()));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(Stem(current.ToString()));
        }

        return tokens;
    }

    public static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        var stemmer = _stemmer ??= new PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
