using BriefingBot.Testing;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests;

/// <summary>Base for tests against a fresh fake Discord with the adapter pointed at it (see <see cref="DiscordTestServices"/>).</summary>
public abstract class FakeDiscordTests : IAsyncLifetime
{
    protected FakeDiscordServer Server { get; private set; } = null!;

    protected CoreTestServices Services { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Server = await FakeDiscordServer.StartAsync();
        Services = DiscordTestServices.Create(Server);
    }

    public virtual async Task DisposeAsync()
    {
        Services.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, failing after five seconds.</summary>
    public static Task EventuallyAsync(Func<bool> condition) => Eventually.TrueAsync(condition, TimeSpan.FromSeconds(5));
}
