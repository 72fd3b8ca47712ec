using BriefingBot.Core.Chats;
using BriefingBot.Discord.Gateway;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>Shards over the fake Discord's websocket gateway: each identifies with its own [id, count] and keeps its own session.</summary>
public sealed class DiscordGatewayShardsTests : FakeGatewayTests
{
    private readonly List<TimeSpan> _identifiedAt = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server.RecommendedShards = 2;
        Server.MaxConcurrency = 2;
    }

    [Fact]
    public async Task RunAsync_RecommendedTwoShards_EachIdentifiesWithItsShardAndAllConnected()
    {
        var shards = await StartShardsAsync();

        Assert.Equal([0, 1], shards.Keys.Order());
        Assert.Equal(["session-0", "session-1"], Services.Get<DiscordGatewayShards>().Clients.Select(c => c.SessionId));
        var health = Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance);
        Assert.Equal((AdapterConnectionState.Connected, "Discord: 2 of 2 connected"), (health.State, health.Description));
    }

    [Fact]
    public async Task RunAsync_Op7OnShardZero_ItResumesItsOwnSessionAndShardOneKeepsItsConnection()
    {
        var shards = await StartShardsAsync();
        await shards[0].SendDispatchAsync("GUILD_CREATE", 5, "{}");
        await shards[1].SendDispatchAsync("GUILD_CREATE", 9, "{}");

        await shards[0].SendAsync("""{"op":7,"d":null}""");
        await shards[0].Closed.WaitAsync(TimeSpan.FromSeconds(5));
        var again = await Server.NextGatewayConnectionAsync();
        await again.SendHelloAsync(1000);
        var resume = await again.ExpectAsync(6);

        Assert.Equal("session-0", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(5, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.False(shards[1].Closed.IsCompleted);
        var beats = shards[1].Heartbeats;
        await FakeDiscordTests.EventuallyAsync(() => shards[1].Heartbeats > beats);
        var shardOne = Services.Get<DiscordGatewayShards>().Clients[1];
        Assert.Equal(("session-1", 9L), (shardOne.SessionId, shardOne.LastSequence));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Server.NextGatewayConnectionAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task RunAsync_OneShardClosedFatally_AdapterDegradedNotDown()
    {
        var shards = await StartShardsAsync();

        await shards[1].CloseAsync(4014);
        await FakeDiscordTests.EventuallyAsync(() =>
            Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).State == AdapterConnectionState.Failing);

        var health = Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance);
        Assert.StartsWith("Discord: 1 of 2 connected; Discord shard 1 stopped", health.Description, StringComparison.Ordinal);
        Assert.False(Run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ShardIdsOneAndThreeOfFour_OnlyThoseIdentifyOneIntervalApartInTheirBucket()
    {
        Services.Dispose();
        Services = DiscordTestServices.Create(Server, c =>
        {
            c["Discord:ShardCount"] = "4";
            c["Discord:ShardIds"] = "1,3";
            c["Discord:IdentifyInterval"] = "00:00:00.400";
        });

        var shards = await StartShardsAsync(count: 4);

        Assert.Equal([1, 3], shards.Keys.Order());
        Assert.True(_identifiedAt[1] >= TimeSpan.FromMilliseconds(350), $"the second identify came {_identifiedAt[1].TotalMilliseconds} ms after start"); // 1 % 2 == 3 % 2: one bucket
        Assert.StartsWith("Discord: 2 of 2 connected", Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ShardingRequired4011_StopsTheShardsAndStartsTwiceAsMany()
    {
        var shards = await StartShardsAsync();

        // Discord now wants four shards: one of the two is closed with 4011 (sharding required).
        Server.RecommendedShards = 4;
        await shards[0].CloseAsync(4011);
        await shards[1].Closed.WaitAsync(TimeSpan.FromSeconds(10));

        var identified = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            var connection = await Server.NextGatewayConnectionAsync(TimeSpan.FromSeconds(20));
            await connection.SendHelloAsync(1000);
            var shard = (await connection.ExpectAsync(2)).GetProperty("d").GetProperty("shard");
            Assert.Equal(4, shard[1].GetInt32());
            identified.Add(shard[0].GetInt32());
            await connection.SendReadyAsync(1, $"session-new-{i}", Server.GatewayUrl);
        }

        Assert.Equal([0, 1, 2, 3], identified.Order());
        await FakeDiscordTests.EventuallyAsync(() =>
            Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).Description == "Discord: 4 of 4 connected");
        Assert.False(Run.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_ShardingRequiredWithShardCountSet_ThatShardStopsTheOtherKeepsRunning()
    {
        Services.Dispose();
        Services = DiscordTestServices.Create(Server, c => c["Discord:ShardCount"] = "2");
        var shards = await StartShardsAsync();

        await shards[0].CloseAsync(4011);

        await FakeDiscordTests.EventuallyAsync(() =>
            Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).State == AdapterConnectionState.Failing);
        Assert.StartsWith("Discord: 1 of 2 connected", Services.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).Description, StringComparison.Ordinal);
        Assert.False(shards[1].Closed.IsCompleted);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Server.NextGatewayConnectionAsync(TimeSpan.FromMilliseconds(500)));
        Assert.False(Run.IsCompleted);
    }

    /// <summary>Starts the adapter's shards and answers the identifies; returns each shard's connection by shard id.</summary>
    private async Task<Dictionary<int, FakeGatewayConnection>> StartShardsAsync(int count = 2)
    {
        var started = TimeProvider.System.GetTimestamp();
        StartGateway();
        var shards = new Dictionary<int, FakeGatewayConnection>();
        for (var i = 0; i < 2; i++)
        {
            var connection = await Server.NextGatewayConnectionAsync();
            await connection.SendHelloAsync(1000);
            var shard = (await connection.ExpectAsync(2)).GetProperty("d").GetProperty("shard");
            _identifiedAt.Add(TimeProvider.System.GetElapsedTime(started));
            Assert.Equal(count, shard[1].GetInt32());
            var id = shard[0].GetInt32();
            shards.Add(id, connection);
            await connection.SendReadyAsync(1, $"session-{id}", Server.GatewayUrl);
        }

        await FakeDiscordTests.EventuallyAsync(() => Services.Get<DiscordGatewayShards>().Clients.All(c => c.SessionId is not null));
        return shards;
    }
}
