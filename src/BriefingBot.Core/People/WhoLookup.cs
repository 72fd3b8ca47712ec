using BriefingBot.Core.Briefings;
using BriefingBot.Core.Stories;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.People;

/// <summary>
/// "/who NAME" over the recent stored news, with hot answers kept in memory. The cache key holds the
/// <see cref="StoryGeneration"/>, so an ingest that stores a story makes every cached answer stale at once; entries also
/// expire after <see cref="Remember"/> so the look-back window moves on and other instances' ingests are seen.
/// </summary>
public sealed class WhoLookup(
    IStoryStore stories,
    IWhoService who,
    IMemoryCache cache,
    StoryGeneration generation,
    TimeProvider time,
    IOptions<BriefingOptions> options)
{
    /// <summary>Most stories read for one look-up.</summary>
    public const int StoryLimit = 2000;

    public static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);

    public async Task<WhoResult> LookupAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = ("who", generation.Current, NameMatching.Normalise(name));
        if (cache.TryGetValue(key, out WhoResult? cached) && cached is not null)
        {
            return WithQuery(cached, name);
        }

        var recent = await stories.ListSinceAsync(time.GetUtcNow() - options.Value.WhoLookback, StoryLimit, cancellationToken);
        var result = who.Lookup(name, recent);
        using (var entry = cache.CreateEntry(key))
        {
            entry.Value = result;
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = Remember;
        }

        return result;
    }

    /// <summary>A cached answer for "kishida" shown to someone who asked "Kishida" quotes their spelling.</summary>
    private static WhoResult WithQuery(WhoResult result, string query) => result switch
    {
        WhoResult.Ambiguous ambiguous => ambiguous with { Query = query },
        WhoResult.Unknown unknown => unknown with { Query = query },
        _ => result,
    };
}
