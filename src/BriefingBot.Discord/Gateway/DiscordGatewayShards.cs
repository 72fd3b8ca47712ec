using BriefingBot.Core.Chats;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The gateway side of the adapter: asks GET /gateway/bot for the recommended shard count and max_concurrency, then runs
/// one <see cref="DiscordGatewayClient"/> per shard of this process (Discord:ShardCount, Discord:ShardIds), each on a
/// transport of its own, so a reconnect or resume of one shard leaves the others alone. Identify calls take turns by
/// max_concurrency bucket. Each shard reports its connection as a part of the adapter's, so health stays one check:
/// degraded while some shards are down. Ends when every shard has stopped (fatal close codes) or on cancellation.
/// </summary>
public sealed partial class DiscordGatewayShards(
    IServiceProvider services,
    IGatewayUrlProvider urls,
    IDiscordInteractionSink sink,
    [FromKeyedServices(DiscordOptions.SectionName)] AdapterConnection adapterConnection,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGatewayShards>();
    private volatile IReadOnlyList<DiscordGatewayClient> _clients = [];

    /// <summary>The clients of the running shards, in shard order; empty before the plan is read.</summary>
    public IReadOnlyList<DiscordGatewayClient> Clients => _clients;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var plan = await urls.GetPlanAsync(cancellationToken).ConfigureAwait(false);
        var count = o.ShardCount ?? plan.RecommendedShards;
        IReadOnlyList<int> ids = Enumerable.Range(0, count).ToList();
        if (o.ShardIds is { } selection && !ShardSelection.TryParse(selection, count, out ids, out var problem))
        {
            throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions), [problem]);
        }

        LogPlan(ids.Count, count, plan.RecommendedShards, plan.MaxConcurrency);
        var gate = new IdentifyGate(plan.MaxConcurrency, o.IdentifyInterval, time);
        var clients = ids.Select(id => new DiscordGatewayClient(
            services.GetRequiredService<IGatewayTransport>(),
            urls,
            sink,
            ids.Count == 1 ? adapterConnection : adapterConnection.Part($"shard {id}"),
            options,
            time,
            loggers.CreateLogger<DiscordGatewayClient>(),
            new GatewayShard(id, count),
            gate)).ToList();
        _clients = clients;
        try
        {
            await Task.WhenAll(clients.Select(c => c.RunAsync(cancellationToken))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Running {Running} of {Count} Discord gateway shards (Discord recommends {Recommended}; {MaxConcurrency} may identify at once)")]
    private partial void LogPlan(int running, int count, int recommended, int maxConcurrency);
}
