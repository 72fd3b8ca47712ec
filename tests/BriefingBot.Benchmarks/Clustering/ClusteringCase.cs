namespace BriefingBot.Benchmarks.Clustering;

/// <summary>Two reports (headline, lead) and whether they tell the same event.</summary>
internal sealed record ClusteringCase(string Name, string TitleA, string TextA, string TitleB, string TextB, bool SameEvent);
