using BriefingBot.Core.Briefings;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.People;

/// <summary>
/// "/who NAME" over the recent stored news. The stories in the look-back window are read and grouped into one
/// <see cref="WhoIndex"/>, rebuilt when the <see cref="StoryGeneration"/> moves (an ingest here stored a story) or when it
/// is older than <see cref="Remember"/> (so the window moves on and other instances' ingests, which do not advance this
/// process's generation, are seen). Hot answers are cached under the index they came from, so they go stale with it.
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
    private volatile BuiltIndex _current = new(-1, DateTimeOffset.MinValue, WhoIndex.Empty);

    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);

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

    /// <summary>The index of the stories in the look-back window: rebuilt when the generation moves or it is older than <see cref="Remember"/>.</summary>
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
            var recent = await stories.ListSinceAsync(now - options.Value.WhoLookback, StoryLimit, cancellationToken);
            _current = new BuiltIndex(generationBefore, now, WhoIndex.Build(recent));
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

    private sealed record BuiltIndex(long Generation, DateTimeOffset At, WhoIndex Index);
}
