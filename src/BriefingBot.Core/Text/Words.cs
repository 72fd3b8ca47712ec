namespace BriefingBot.Core.Text;

/// <summary>Word tokens for scoring: lower-case runs of letters and digits (apostrophe suffixes dropped).</summary>
internal static class Words
{
    public static List<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add(text[start..i].ToLowerInvariant());
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
        }

        return words;
    }

    /// <summary>Stemmed content words (stop words removed).</summary>
    public static List<string> ContentStems(string text)
    {
        var result = new List<string>();
        foreach (var word in Tokenize(text))
        {
            if (!StopWords.English.Contains(word))
            {
                result.Add(Stemmer.Stem(word));
            }
        }

        return result;
    }
}
