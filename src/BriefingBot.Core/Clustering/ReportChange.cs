namespace BriefingBot.Core.Clustering;

/// <summary>What a later report of a story adds to the stored text.</summary>
/// <param name="NewSentences">Sentences with at least <see cref="ReportNovelty.MinWords"/> content words whose words are not mostly found in one stored sentence.</param>
/// <param name="NewNumbers">Numbers the stored text does not contain ("15" when the toll rose from 12).</param>
/// <param name="IsUpdate">True when the report should replace the story's text and digests: see <see cref="ReportNovelty"/>.</param>
public sealed record ReportChange(int NewSentences, IReadOnlyList<string> NewNumbers, bool IsUpdate);
