namespace BriefingBot.Core.Text;

/// <summary>Shape checks on a single sentence, shared by the summariser and the entity extractor.</summary>
internal static class SentenceShape
{
    /// <summary>True when the sentence ends in ".", "!", "?" or "…", possibly followed by closing quotes or brackets.</summary>
    public static bool EndsWithTerminal(string sentence, bool colonCounts = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var trimmed = sentence.TrimEnd('"', '\'', '”', '’', ')', ']', '»');
        return trimmed.Length > 0 && (trimmed[^1] is '.' or '!' or '?' or '…' || (colonCounts && trimmed[^1] == ':'));
    }
}
