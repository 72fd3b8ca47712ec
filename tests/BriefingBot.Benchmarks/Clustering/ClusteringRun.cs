namespace BriefingBot.Benchmarks.Clustering;

/// <summary>
/// Distinct articles clustered one after another: each report that joined an earlier story (a merge), and each report
/// that joined a story while also reaching the threshold with an article of another story (a second match: the case in
/// which a later report could merge two stories that the clusterer kept apart).
/// </summary>
internal sealed record ClusteringRun(
    List<(int Report, int Story, double Score)> Merges,
    List<(int Report, int Story, int Other, double Score)> SecondMatches);
