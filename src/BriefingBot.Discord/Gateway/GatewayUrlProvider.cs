using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>Discord:GatewayUrl when set; otherwise GET /gateway/bot (URL, recommended shards, max_concurrency), waiting out an exhausted session_start_limit.</summary>
internal sealed partial class GatewayUrlProvider(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayUrlProvider> logger) : IGatewayUrlProvider
{
    public async Task<Uri> GetIdentifyUrlAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is { } configured)
        {
            return configured;
        }

        var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        var limit = info.SessionStartLimit;
        if (limit.Remaining <= 0)
        {
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            LogSessionStartLimit(limit.Total, wait);
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }

        return new Uri(info.Url);
    }

    public async Task<GatewayPlan> GetPlanAsync(CancellationToken cancellationToken)
    {
        if (options.Value.GatewayUrl is not null)
        {
            return GatewayPlan.Unsharded;
        }

        var info = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        return new GatewayPlan(Math.Max(1, info.Shards), Math.Max(1, info.SessionStartLimit.MaxConcurrency));
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "All {Total} session starts for today are used; waiting {Wait} before identifying")]
    private partial void LogSessionStartLimit(int total, TimeSpan wait);
}
