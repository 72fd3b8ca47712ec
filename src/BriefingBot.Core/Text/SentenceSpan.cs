namespace BriefingBot.Core.Text;

/// <summary>Where a sentence sits in the text: its offset, length and paragraph (blank-line separated block) index.</summary>
public readonly record struct SentenceSpan(int Start, int Length, int Paragraph)
{
    public int End => Start + Length;

    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
