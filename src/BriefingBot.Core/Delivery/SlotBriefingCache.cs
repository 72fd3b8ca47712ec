using System.Collections.Concurrent;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.Caching.Memory;

namespace BriefingBot.Core.Delivery;

/// <summary>
/// Briefings composed once per (profile, window) and shared by every subscriber due in the same pass with the same
/// profile, the same previous briefing and item count, instead of once per subscriber. The window's end is the pass's
/// instant, so an entry serves one pass only: stories stored during it reach the next. Entries are small (a few items),
/// size 1 each, and expire after <see cref="Lifetime"/>.
/// </summary>
public sealed class SlotBriefingCache(IMemoryCache cache, BriefingComposer composer, DeliveryMetrics metrics)
{
    /// <summary>How long a composed briefing is kept: long enough for one pass over every due subscriber.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // Compositions under way: a pass's workers due with the same profile at once wait for one composition, not one each.
    private readonly ConcurrentDictionary<Key, Lazy<Task<Briefing>>> _composing = new();

    public async Task<Briefing> GetOrComposeAsync(BriefingProfile profile, BriefingWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(window);
        var key = new Key(profile.Key, window);
        if (cache.TryGetValue(key, out var cached) && cached is Briefing hit)
        {
            metrics.Composed(cached: true);
            return hit;
        }

        var mine = new Lazy<Task<Briefing>>(() => ComposeAsync(key, profile, window, cancellationToken));
        var composing = _composing.GetOrAdd(key, mine);
        if (!ReferenceEquals(composing, mine))
        {
            metrics.Composed(cached: true);
        }

        try
        {
            return await composing.Value;
        }
        finally
        {
            _composing.TryRemove(KeyValuePair.Create(key, composing));
        }
    }

    private async Task<Briefing> ComposeAsync(Key key, BriefingProfile profile, BriefingWindow window, CancellationToken cancellationToken)
    {
        var briefing = await composer.ComposeAsync(window.Since, window.Now, window.MaxItems, profile.Feed, cancellationToken);
        cache.Set(key, briefing, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        metrics.Composed(cached: false);
        return briefing;
    }

    private sealed record Key(string Profile, BriefingWindow Window);
}
