namespace BriefingBot.Discord.Gateway;

/// <summary>Where to open a new session (Identify), once the session start limit allows it; and how to shard.</summary>
public interface IGatewayUrlProvider
{
    Task<Uri> GetIdentifyUrlAsync(CancellationToken cancellationToken);

    /// <summary>The recommended shard count and the identify concurrency (GET /gateway/bot; one and one when the URL is configured).</summary>
    Task<GatewayPlan> GetPlanAsync(CancellationToken cancellationToken);
}
