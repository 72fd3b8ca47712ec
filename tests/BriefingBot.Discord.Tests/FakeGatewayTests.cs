using BriefingBot.Discord.Gateway;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

/// <summary>
/// Base for tests that run the adapter's gateway (<see cref="DiscordGatewayShards"/>, the real websocket transport) against
/// a fresh fake Discord; the gateway is stopped and everything disposed after each test.
/// </summary>
public abstract class FakeGatewayTests : IAsyncLifetime, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    protected FakeDiscordServer Server { get; private set; } = null!;

    protected CoreTestServices Services { get; set; } = null!;

    /// <summary>The running gateway, once <see cref="StartGateway"/> was called.</summary>
    protected Task Run { get; private set; } = Task.CompletedTask;

    public virtual async Task InitializeAsync()
    {
        Server = await FakeDiscordServer.StartAsync();
        Services = DiscordTestServices.Create(Server);
    }

    public async Task DisposeAsync()
    {
        await _stop.CancelAsync();
        await Run.ContinueWith(_ => { }, TaskScheduler.Default);
        Services.Dispose();
        await Server.DisposeAsync();
    }

    public void Dispose()
    {
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected void StartGateway() => Run = Services.Get<DiscordGatewayShards>().RunAsync(_stop.Token);
}
