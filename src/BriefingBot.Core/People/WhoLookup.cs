using BriefingBot.Core.Briefings;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.People;

/// <summary>
/// "/who NAME" over the recent stored news. The stories in the look-back window are read and grouped into one
/// <see cref="WhoIndex"/>. When the <see cref="StoryGeneration"/> moves (an ingest here stored a story) the stories stored
/// since the last read are added to it; when it is older than <see cref="Remember"/> it is rebuilt from the whole window
/// (so the window moves on, and other instances' stories, which do not advance this process's generation, and new sources
/// of stored stories are seen). Hot answers are cached under the index they came from, so they go stale with it.
/// </summary>
public sealed class WhoLookup(
    IStoryStore stories,
    IWhoService who,
    IMemoryCache cache,
    StoryGeneration generation,
    TimeProvider time,
    IOptions<BriefingOptions> options) : IDisposable
{
    /// <summary>Most stories read into the index (the newest first).</summary>
    public const int StoryLimit = 200_000;

    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile BuiltIndex _current = new(-1, DateTimeOffset.MinValue, DateTimeOffset.MinValue, WhoIndex.Empty);

    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);

    /// <summary>Stories first seen this long before the last read are read again when the generation moves (an ingest
    /// stamps a story a little before it stores it); ones already in the index are skipped.</summary>
    private static readonly TimeSpan StoredOverlap = TimeSpan.FromMinutes(1);

    public async Task<WhoResult> LookupAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var built = await CurrentAsync(cancellationToken);
        var key = ("who", built.Generation, built.At, NameMatching.Normalise(name));
        if (cache.TryGetValue(key, out WhoResult? cached) && cached is not null)
        {
            return WithQuery(cached, name);
        }

        var result = who.Lookup(name, built.Index);
        using (var entry = cache.CreateEntry(key))
        {
            entry.Value = result;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Remember;
        }

        return result;
    }

    /// <summary>The index of the stories in the look-back window: caught up when the generation moves, rebuilt when older than <see cref="Remember"/>.</summary>
    public async Task<WhoIndex> IndexAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Index;

    private async Task<BuiltIndex> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (IsFresh(current))
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (IsFresh(_current))
            {
                return _current;
            }

            var generationBefore = generation.Current;
            var now = time.GetUtcNow();
            var built = _current;
            if (now - built.At < Remember)
            {
                // Only the generation moved (this process stored stories): add them to the index instead of rebuilding it.
                var added = await stories.ListSinceAsync(built.Seen - StoredOverlap, StoryLimit, cancellationToken);
                _current = built with { Generation = generationBefore, Seen = now, Index = built.Index.With(added) };
                return _current;
            }

            var recent = await stories.ListSinceAsync(now - options.Value.WhoLookback, StoryLimit, cancellationToken);
            _current = new BuiltIndex(generationBefore, now, now, WhoIndex.Build(recent));
            return _current;
        }
        finally
        {
            _building.Release();
        }
    }

    private bool IsFresh(BuiltIndex built) => built.Generation == generation.Current && time.GetUtcNow() - built.At < Remember;

    public void Dispose() => _building.Dispose();

    /// <summary>A cached answer for "kishida" shown to someone who asked "Kishida" quotes their spelling.</summary>
    private static WhoResult WithQuery(WhoResult result, string query) => result switch
    {
        WhoResult.Ambiguous ambiguous => ambiguous with { Query = query },
        WhoResult.Unknown unknown => unknown with { Query = query },
        _ => result,
    };

    /// <param name="Generation">The story generation the index has caught up with.</param>
    /// <param name="At">When it was last built from the whole look-back window.</param>
    /// <param name="Seen">When stories were last read into it (the whole window, or the ones stored since).</param>
    /// <param name="Index">The index.</param>
    private sealed record BuiltIndex(long Generation, DateTimeOffset At, DateTimeOffset Seen, WhoIndex Index);
}
