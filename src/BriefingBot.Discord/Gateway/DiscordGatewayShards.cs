using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Gateway;

/// <summary>
/// The gateway side of the adapter: asks GET /gateway/bot for the recommended shard count and max_concurrency, then runs
/// one <see cref="DiscordGatewayClient"/> per shard of this process (Discord:ShardCount, Discord:ShardIds), each on a
/// transport of its own, so a reconnect or resume of one shard leaves the others alone. Identify calls take turns by
/// max_concurrency bucket, across processes too (a lease per bucket in the shared database). Each shard reports its connection as a part of the adapter's, so health stays one check:
/// degraded while some shards are down. Ends when every shard has stopped (fatal close codes) or on cancellation.
/// </summary>
public sealed partial class DiscordGatewayShards(
    IServiceProvider services,
    IGatewayUrlProvider urls,
    IDiscordInteractionSink sink,
    ILeaseStore leases,
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
        var previous = 0;
        while (true)
        {
            var plan = await urls.GetPlanAsync(cancellationToken).ConfigureAwait(false);

            // After 4011 the bot needs more shards than it ran: at least the new recommendation, and more than before.
            var count = o.ShardCount ?? (previous == 0 ? plan.RecommendedShards : Math.Max(plan.RecommendedShards, previous * 2));
            IReadOnlyList<int> ids = Enumerable.Range(0, count).ToList();
            if (o.ShardIds is { } selection && !ShardSelection.TryParse(selection, count, out ids, out var problem))
            {
                throw new OptionsValidationException(DiscordOptions.SectionName, typeof(DiscordOptions), [problem]);
            }

            LogPlan(ids.Count, count, plan.RecommendedShards, plan.MaxConcurrency);
            if (!await RunShardsAsync(ids, count, plan, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            LogResharding(count);
            previous = count;
        }
    }

    /// <summary>
    /// Runs the shards until all have stopped (false) or, with the count Discord's to choose, one is closed with 4011,
    /// when the others are stopped too for a new plan (true).
    /// </summary>
    private async Task<bool> RunShardsAsync(IReadOnlyList<int> ids, int count, GatewayPlan plan, CancellationToken cancellationToken)
    {
        var gate = new IdentifyGate(plan.MaxConcurrency, options.Value.IdentifyInterval, time, leases, loggers.CreateLogger<IdentifyGate>());
        adapterConnection.ClearParts();
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
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reshard = false;
        async Task RunShardAsync(DiscordGatewayClient client)
        {
            await client.RunAsync(stopping.Token).ConfigureAwait(false);
            if (client.StoppedWithCode != GatewayCloseCodes.ShardingRequired)
            {
                return;
            }

            if (options.Value.ShardCount is { } configured)
            {
                // The count is in the operator's hands: this shard stays stopped, the others keep running.
                LogShardingRequiredConfigured(configured);
                return;
            }

            reshard = true;
            await stopping.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await Task.WhenAll(clients.Select(RunShardAsync)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (reshard && !cancellationToken.IsCancellationRequested)
        {
            // The other shards, stopped for the new plan.
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        return reshard;
    }

    [LoggerMessage(EventId = 5015, Level = LogLevel.Warning, Message = "Discord closed a shard with 4011 (sharding required) while running {Count} shards: stopping them and starting more")]
    private partial void LogResharding(int count);

    [LoggerMessage(EventId = 5016, Level = LogLevel.Critical, Message = "Discord requires more than the {Count} shards set in Discord:ShardCount (close code 4011): raise it, or leave it unset to follow Discord's recommendation")]
    private partial void LogShardingRequiredConfigured(int count);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Running {Running} of {Count} Discord gateway shards (Discord recommends {Recommended}; {MaxConcurrency} may identify at once)")]
    private partial void LogPlan(int running, int count, int recommended, int maxConcurrency);
}
