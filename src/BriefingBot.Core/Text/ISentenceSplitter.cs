namespace BriefingBot.Core.Text;

/// <summary>Splits text into sentences; each returned sentence is a verbatim substring of the input (trimmed).</summary>
public interface ISentenceSplitter
{
    IReadOnlyList<string> Split(string text);
}
