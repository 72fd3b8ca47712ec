using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Clustering;

public sealed partial class StoryClusterIndex
{
    /// <summary>
    /// The story in the window most like <paramref name="report"/>, when its score reaches <paramref name="threshold"/>.
    /// </summary>
    /// <param name="report">The new report's fingerprint.</param>
    /// <param name="reportedAt">Its publication time; stories whose latest report is further away than the window are out.</param>
    /// <param name="threshold">Lowest score that counts as the same event.</param>
    public ClusterMatch? FindBest(StoryFingerprint report, DateTimeOffset reportedAt, double threshold)
    {
        ArgumentNullException.ThrowIfNull(report);
        ClusterMatch? best = null;
        var query = Weigh(report);
        foreach (var id in CandidatesFor(report))
        {
            var entry = _entries[id];
            var distance = (reportedAt - entry.LastReportAt).Duration();
            if (distance > Window)
            {
                continue;
            }

            var discount = 1 - (TimeDiscount * distance.TotalSeconds / Window.TotalSeconds);
            foreach (var fingerprint in entry.Fingerprints)
            {
                var (cosine, overlap, shared) = Compare(query, report, fingerprint);
                var score = Combine(cosine, overlap, shared, report, fingerprint) * discount;
                if (score >= threshold && (best is null || score > best.Score))
                {
                    best = new ClusterMatch(id, score, cosine, overlap);
                }
            }
        }

        return best;
    }

    /// <summary>The score two reports published at the same moment would get, with the index's current word statistics.</summary>
    public double Similarity(StoryFingerprint a, StoryFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (cosine, overlap, shared) = Compare(Weigh(a), a, b);
        return Combine(cosine, overlap, shared, a, b);
    }

    /// <summary>The parts of <see cref="Similarity"/>, for evaluations and logs.</summary>
    public ClusterMatch Explain(StoryFingerprint a, StoryFingerprint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (cosine, overlap, shared) = Compare(Weigh(a), a, b);
        return new ClusterMatch(default, Combine(cosine, overlap, shared, a, b), cosine, overlap);
    }

    /// <summary>
    /// Term cosine, blended with entity overlap when both sides name entities; 0 when the reports share fewer than
    /// <see cref="MinSharedTerms"/> words (two short teasers alike in a word or two are not evidence of one event).
    /// </summary>
    private static double Combine(double cosine, double overlap, int shared, StoryFingerprint a, StoryFingerprint b) =>
        shared < MinSharedTerms ? 0
        : a.Entities.Count == 0 || b.Entities.Count == 0 ? cosine
        : ((1 - EntityWeight) * cosine) + (EntityWeight * overlap);

    /// <summary>The report's TF-IDF vector and its norm, computed once per query.</summary>
    private (Dictionary<string, double> Weights, double Norm) Weigh(StoryFingerprint report)
    {
        var weights = new Dictionary<string, double>(report.Terms.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (term, count) in report.Terms)
        {
            var weight = count * Idf(term);
            weights[term] = weight;
            norm += weight * weight;
        }

        return (weights, Math.Sqrt(norm));
    }

    private (double Cosine, double Overlap, int Shared) Compare((Dictionary<string, double> Weights, double Norm) query, StoryFingerprint a, StoryFingerprint b)
    {
        double dot = 0, normB = 0;
        var shared = 0;
        foreach (var (term, count) in b.Terms)
        {
            var weight = count * Idf(term);
            normB += weight * weight;
            if (query.Weights.TryGetValue(term, out var other))
            {
                dot += weight * other;
                shared++;
            }
        }

        var cosine = query.Norm == 0 || normB == 0 ? 0 : dot / (query.Norm * Math.Sqrt(normB));
        var names = a.Entities.Count(b.Entities.Contains);
        var overlap = a.Entities.Count == 0 || b.Entities.Count == 0 ? 0 : names / Math.Sqrt(a.Entities.Count * (double)b.Entities.Count);
        return (cosine, overlap, shared);
    }

    /// <summary>
    /// Inverse document frequency over the window's stories, smoothed so that a small window (the first minutes after
    /// start) weighs words nearly evenly instead of trusting counts from a handful of stories.
    /// </summary>
    private double Idf(string term)
    {
        var df = _terms.TryGetValue(term, out var ids) ? ids.Count : 0;
        return Math.Log((_entries.Count + 20.0) / (df + 1.0)) + 1;
    }

    /// <summary>
    /// Stories sharing words or names with the report, best <see cref="Candidates"/> by the summed IDF of what they
    /// share. Only the report's <see cref="CandidateTerms"/> rarest words are looked up, and words in more than a tenth
    /// of a large window are skipped (all words still count in the full comparison): a report of the same event shares
    /// its rare words, and common ones would make every query walk most of the window.
    /// </summary>
    private List<StoryId> CandidatesFor(StoryFingerprint report)
    {
        var scores = new Dictionary<StoryId, double>();
        var common = Math.Max(50, _entries.Count / 10);
        var rarest = report.Terms.Keys
            .Select(term => _terms.GetValueOrDefault(term) is { } ids && ids.Count <= common ? (Term: term, Ids: ids) : default)
            .Where(t => t.Ids is not null)
            .OrderBy(t => t.Ids.Count)
            .Take(CandidateTerms);
        foreach (var (term, ids) in rarest)
        {
            var idf = Idf(term);
            foreach (var id in ids)
            {
                scores[id] = scores.GetValueOrDefault(id) + idf;
            }
        }

        foreach (var key in report.Entities)
        {
            if (_entities.TryGetValue(key, out var ids) && ids.Count <= common)
            {
                foreach (var id in ids)
                {
                    scores[id] = scores.GetValueOrDefault(id) + 5;
                }
            }
        }

        return scores.Count <= Candidates
            ? [.. scores.Keys]
            : [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key.Value).Take(Candidates).Select(s => s.Key)];
    }
}
