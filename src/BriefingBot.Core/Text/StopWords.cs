namespace BriefingBot.Core.Text;

/// <summary>A hand-written English stop-word list (function words and news filler), lower-case.</summary>
internal static class StopWords
{
    public static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by",
        "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "upon", "with",
        "within", "without", "about", "above", "after", "against", "along", "among", "around", "before",
        "behind", "below", "between", "beyond", "during", "except", "inside", "near", "since", "through",
        "toward", "towards", "under", "until", "via", "while", "whereas", "although", "though", "because",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
        "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "that", "these",
        "those", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "there", "here",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "doing",
        "have", "has", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "not", "no", "yes", "all", "any", "both", "each", "every", "few", "more", "most", "other",
        "some", "such", "only", "own", "same", "too", "very", "just", "also", "again", "ever", "still",
        "even", "much", "many", "now", "said", "says", "say", "told", "according", "one", "s", "t", "mr",
        "mrs", "ms", "dr", "however", "meanwhile", "whether", "either", "neither", "per", "like", "well",
        "another", "itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself",
    };
}
