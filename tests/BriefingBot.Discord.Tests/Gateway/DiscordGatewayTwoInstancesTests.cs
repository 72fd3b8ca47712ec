using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Discord.Hosting;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>
/// Two instances on one bot token and one database: only the lease holder opens the gateway (two sessions would each
/// receive and answer every interaction); the other stands by and connects when the holder stops.
/// </summary>
public sealed class DiscordGatewayTwoInstancesTests : IAsyncLifetime
{
    private readonly InMemoryLeaseStore _leases = new();
    private FakeDiscordServer _server = null!;
    private CoreTestServices[] _instances = [];

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync();
        _instances = [Instance(), Instance()];
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await Service(instance).StopAsync(CancellationToken.None);
            instance.Dispose();
        }

        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TwoInstances_OneGatewaySession_OtherConnectsWhenTheHolderStops()
    {
        await Service(_instances[0]).StartAsync(CancellationToken.None);
        await Service(_instances[1]).StartAsync(CancellationToken.None);

        var first = await _server.NextGatewayConnectionAsync(TimeSpan.FromSeconds(10));
        await first.SendHelloAsync(1000);
        await first.ExpectAsync(2);
        await first.SendReadyAsync(1, "session-a", _server.GatewayUrl);

        // Past the 6 s lease's first renewals: the other instance stays off the gateway.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _server.NextGatewayConnectionAsync(TimeSpan.FromSeconds(4)));
        var states = _instances.Select(Status).ToList();
        Assert.Single(states, AdapterConnectionState.Standby);
        Assert.Single(states, AdapterConnectionState.Connected);
        var holder = states.IndexOf(AdapterConnectionState.Connected);

        await Service(_instances[holder]).StopAsync(CancellationToken.None);
        var second = await _server.NextGatewayConnectionAsync(TimeSpan.FromSeconds(10));
        await second.SendHelloAsync(1000);
        await second.ExpectAsync(2);
        await second.SendReadyAsync(1, "session-b", _server.GatewayUrl);

        await FakeDiscordTests.EventuallyAsync(() => Status(_instances[1 - holder]) == AdapterConnectionState.Connected);
        Assert.Equal(1, _server.LiveGatewayConnections);
    }

    private CoreTestServices Instance() => DiscordTestServices.Create(
        _server,
        c => c["Cluster:ReceiverLease"] = "00:00:06",
        s => s.Replace(ServiceDescriptor.Singleton<ILeaseStore>(_leases)));

    private static DiscordGatewayService Service(CoreTestServices instance) =>
        instance.Get<IEnumerable<IHostedService>>().OfType<DiscordGatewayService>().Single();

    private static AdapterConnectionState Status(CoreTestServices instance) =>
        instance.Get<AdapterConnection>().Status(AdapterConnection.DefaultTolerance).State;
}
