using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Clustering;

/// <summary>
/// The stories of the sliding window, indexed for one question: which story, if any, is this report about? Stems and
/// entity keys point to the stories that contain them (an inverted index), so a query scores only stories sharing a
/// word or a name with the report, the rarest first; the best <see cref="Candidates"/> are then compared in full.
/// Each story keeps the fingerprints of up to <see cref="MaxReports"/> of its reports and a report is compared with
/// each (differently worded outlets match whichever report is closest). Not thread-safe: <see cref="StoryClusterer"/>
/// serialises access.
/// </summary>
public sealed partial class StoryClusterIndex(TimeSpan window)
{
    /// <summary>
    /// Default <see cref="ClusteringOptions.Threshold"/>, chosen on the clustering evaluation (README, Quality and speed):
    /// hand-written same-event pairs score 0.30-0.66 and different events sharing people or subject 0.03-0.35; at 0.35
    /// pair precision is 91 and recall 83, and 2 of bbc-100's articles join a different event (4 more join a genuine
    /// duplicate or an earlier report of the same developing story). A wrong merge hides a story, a missed one shows
    /// an event twice, so the threshold leans to precision.
    /// </summary>
    public const double DefaultThreshold = 0.35;

    /// <summary>Share of the score given to entity overlap when both sides have entities.</summary>
    public const double EntityWeight = 0.3;

    /// <summary>Share of the score lost at the far edge of the window (linear in the time between the reports).</summary>
    public const double TimeDiscount = 0.25;

    /// <summary>Distinct words two reports must share before their similarity counts at all.</summary>
    public const int MinSharedTerms = 4;

    /// <summary>The report's rarest words used to find candidates.</summary>
    public const int CandidateTerms = 40;

    /// <summary>Stories compared in full per query.</summary>
    public const int Candidates = 32;

    /// <summary>Fingerprints kept per story.</summary>
    public const int MaxReports = 5;

    private readonly Dictionary<StoryId, Entry> _entries = [];
    private readonly Dictionary<string, HashSet<StoryId>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<StoryId>> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoryId> _keys = new(StringComparer.Ordinal);

    public TimeSpan Window { get; } = window;

    /// <summary>Stories in the index.</summary>
    public int Count => _entries.Count;

    public bool Contains(StoryId id) => _entries.ContainsKey(id);

    /// <summary>Source ids of the story's reports, or empty when it is not in the index.</summary>
    public IReadOnlySet<string> SourcesOf(StoryId id) =>
        _entries.TryGetValue(id, out var entry) ? entry.Sources : new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The story one of <paramref name="keys"/> (canonical URL, GUID) belongs to, when it is in the window.</summary>
    public StoryId? FindByKey(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (_keys.TryGetValue(key, out var id))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// Records a report of story <paramref name="id"/>: adds the story, or adds the report to it. With
    /// <paramref name="replace"/> the story's fingerprints are replaced by this one (the story was revised).
    /// </summary>
    public void Add(StoryId id, StoryFingerprint fingerprint, DateTimeOffset reportedAt, string sourceId, IEnumerable<string> keys, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(keys);
        if (!_entries.TryGetValue(id, out var entry))
        {
            entry = new Entry();
            _entries[id] = entry;
        }

        if (replace)
        {
            foreach (var old in entry.Fingerprints)
            {
                Unpost(_terms, old.Terms.Keys, id);
                Unpost(_entities, old.Entities, id);
            }

            entry.Fingerprints.Clear();
        }

        if (entry.Fingerprints.Count < MaxReports)
        {
            entry.Fingerprints.Add(fingerprint);
            Post(_terms, fingerprint.Terms.Keys, id);
            Post(_entities, fingerprint.Entities, id);
        }

        entry.Sources.Add(sourceId);
        entry.LastReportAt = entry.LastReportAt > reportedAt ? entry.LastReportAt : reportedAt;
        foreach (var key in keys)
        {
            _keys.TryAdd(key, id);
            entry.Keys.Add(key);
        }
    }

    /// <summary>Drops stories whose latest report is older than <paramref name="cutoff"/>; returns how many.</summary>
    public int Evict(DateTimeOffset cutoff)
    {
        var old = _entries.Where(e => e.Value.LastReportAt < cutoff).Select(e => e.Key).ToList();
        foreach (var id in old)
        {
            Remove(id);
        }

        return old.Count;
    }

    public void Remove(StoryId id)
    {
        if (!_entries.Remove(id, out var entry))
        {
            return;
        }

        foreach (var fingerprint in entry.Fingerprints)
        {
            Unpost(_terms, fingerprint.Terms.Keys, id);
            Unpost(_entities, fingerprint.Entities, id);
        }

        foreach (var key in entry.Keys)
        {
            if (_keys.TryGetValue(key, out var owner) && owner == id)
            {
                _keys.Remove(key);
            }
        }
    }

    private static void Post(Dictionary<string, HashSet<StoryId>> postings, IEnumerable<string> terms, StoryId id)
    {
        foreach (var term in terms)
        {
            if (!postings.TryGetValue(term, out var ids))
            {
                ids = [];
                postings[term] = ids;
            }

            ids.Add(id);
        }
    }

    private static void Unpost(Dictionary<string, HashSet<StoryId>> postings, IEnumerable<string> terms, StoryId id)
    {
        foreach (var term in terms)
        {
            if (postings.TryGetValue(term, out var ids) && ids.Remove(id) && ids.Count == 0)
            {
                postings.Remove(term);
            }
        }
    }

    private sealed class Entry
    {
        public List<StoryFingerprint> Fingerprints { get; } = [];

        public HashSet<string> Sources { get; } = new(StringComparer.Ordinal);

        public List<string> Keys { get; } = [];

        public DateTimeOffset LastReportAt { get; set; } = DateTimeOffset.MinValue;
    }
}
