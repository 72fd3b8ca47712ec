using System.Globalization;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// One gateway shard: <see cref="Id"/> of <see cref="Count"/>. Discord sends a guild's events (and interactions) to shard
/// (guild_id &gt;&gt; 22) % count, and DMs to shard 0.
/// </summary>
public readonly record struct GatewayShard(int Id, int Count)
{
    /// <summary>The identify rate-limit bucket: shard id modulo max_concurrency.</summary>
    public int Bucket(int maxConcurrency) => Id % Math.Max(1, maxConcurrency);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"shard {Id}/{Count}");
}
