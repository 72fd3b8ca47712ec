using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests.Receiving;

/// <summary>
/// Two instances of the bot on one token and one database (shared state and leases): Telegram lets one getUpdates wait
/// at a time and ends the other with 409, so only the lease holder polls; the other takes over when it stops.
/// </summary>
public sealed class TelegramTwoInstancesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TwoPollersWithoutTheLease_KnockEachOtherOff()
    {
        // The fake's 409 is what the lease avoids: shown here with the pollers run directly.
        await using var api = await FakeTelegramBotApi.StartAsync();
        var state = new InMemoryStateStore();
        await using var first = await TelegramHarness.StartAsync(api, state, Settings(), realClock: true);
        await using var second = await TelegramHarness.StartAsync(api, state, Settings(), realClock: true);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        await Task.WhenAll(first.Get<TelegramPoller>().RunAsync(stop.Token), second.Get<TelegramPoller>().RunAsync(stop.Token));

        Assert.True(api.PollConflicts > 0);
    }

    [Fact]
    public async Task TwoInstances_OnePollsEveryUpdateAnsweredOnce_OtherTakesOverWhenItStops()
    {
        await using var api = await FakeTelegramBotApi.StartAsync();
        var state = new InMemoryStateStore();
        var leases = new InMemoryLeaseStore();
        await using var first = await Instance(api, state, leases);
        await using var second = await Instance(api, state, leases);
        var services = new[] { Service(first), Service(second) };
        await services[0].StartAsync(CancellationToken.None);
        await services[1].StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Status(first) == AdapterConnectionState.Standby || Status(second) == AdapterConnectionState.Standby, Patience);
        var standby = Status(first) == AdapterConnectionState.Standby ? 0 : 1;
        var holder = 1 - standby;

        for (var i = 0; i < 10; i++)
        {
            api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help");
            await Task.Delay(150);
        }

        await Eventually.TrueAsync(() => api.Delivered.Count >= 10, Patience);
        await Task.Delay(1500);
        Assert.Equal(10, api.Delivered.Count);
        Assert.Equal(0, api.PollConflicts);
        Assert.Equal(AdapterConnectionState.Standby, Status(standby == 0 ? first : second));

        await services[holder].StopAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => Status(standby == 0 ? first : second) != AdapterConnectionState.Standby, Patience);
        api.AddMessage(TelegramHarness.PrivateChat, TelegramHarness.Member, "/help");
        await Eventually.TrueAsync(() => api.Delivered.Count == 11, Patience);
        await services[standby].StopAsync(CancellationToken.None);
        Assert.Equal(0, api.PollConflicts);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Telegram:PollingTimeoutSeconds"] = "1",
        ["Cluster:ReceiverLease"] = "00:00:06",
    };

    private static Task<TelegramHarness> Instance(FakeTelegramBotApi api, InMemoryStateStore state, InMemoryLeaseStore leases) =>
        TelegramHarness.StartAsync(api, state, Settings(), realClock: true, configure: s => s.Replace(ServiceDescriptor.Singleton<ILeaseStore>(leases)));

    private static TelegramBotService Service(TelegramHarness harness) => harness.Get<IEnumerable<IHostedService>>().OfType<TelegramBotService>().Single();

    private static AdapterConnectionState Status(TelegramHarness harness) =>
        harness.Core.Services.GetRequiredKeyedService<AdapterConnection>("Telegram").Status(AdapterConnection.DefaultTolerance).State;
}
