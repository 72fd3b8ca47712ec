namespace BriefingBot.Discord.Gateway;

/// <summary>What GET /gateway/bot recommends: the shard count, and how many shards may identify at once (max_concurrency).</summary>
public sealed record GatewayPlan(int RecommendedShards, int MaxConcurrency)
{
    /// <summary>When the gateway URL is configured, nothing is asked: one shard, one identify at a time.</summary>
    public static GatewayPlan Unsharded { get; } = new(1, 1);
}
