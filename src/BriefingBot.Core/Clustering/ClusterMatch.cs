using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Clustering;

/// <summary>The story a report is most likely about, and how alike they are (0-1).</summary>
/// <param name="StoryId">The story in the window.</param>
/// <param name="Score">The combined similarity compared with the threshold.</param>
/// <param name="TermCosine">Cosine of the TF-IDF vectors of headline and lead.</param>
/// <param name="EntityOverlap">Shared entity keys over the geometric mean of both counts (0 when either has none).</param>
public sealed record ClusterMatch(StoryId StoryId, double Score, double TermCosine, double EntityOverlap);
