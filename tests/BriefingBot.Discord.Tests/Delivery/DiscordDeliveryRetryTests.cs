using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Discord.Tests.Delivery;

/// <summary>The delivery service, the Discord adapter and the fake Discord together: a resend of one delivery posts nothing new.</summary>
public sealed class DiscordDeliveryRetryTests : FakeDiscordTests
{
    private static readonly DateTimeOffset Start = DiscordTestServices.Start;
    private static readonly DateTimeOffset Due = Start.AddHours(1);
    private static readonly ChatAddress Chat = new("discord", "555");

    private static readonly string[] Headlines =
    [
        "Harbour bridge reopens", "Storm closes ports", "Budget passes parliament", "Rail strike called off",
        "Museum returns bronzes", "Wildfire contained near town", "Central bank holds rates", "Striker signs record deal",
        "Drought hits wheat harvest", "Telescope finds water vapour", "Airline cancels winter routes", "Mayor unveils cycling plan",
    ];

    [Fact]
    public async Task RunDueAsync_CrashBetweenSendAndMarkSent_RetryAfterLeasePostsNoSecondCopy()
    {
        var ledger = new InterruptibleDeliveryLedger { FailMarkSent = true };
        using var services = DiscordTestServices.Create(Server, configure: s => s.Replace(ServiceDescriptor.Singleton<IDeliveryLedger>(ledger)));
        var subscription = await services.Subscriptions.UpsertAsync(Chat, "7", new TimeOnly(7, 0), "Etc/UTC", Start, CancellationToken.None);
        await services.Chats.SaveSettingsAsync(new ChatSettings(Chat, Headlines.Length), CancellationToken.None);
        for (var i = 0; i < Headlines.Length; i++)
        {
            await services.Stories.AddAsync(StoryFactory.Create(Headlines[i], Start.AddMinutes(-30 + i)), CancellationToken.None);
        }

        var delivery = services.Get<DeliveryService>();

        // Discord accepts the briefing, then the ledger cannot record it: the claim is left to its five-minute lease.
        await Assert.ThrowsAsync<TimeoutException>(() => delivery.RunDueAsync(Due.AddMinutes(1), CancellationToken.None));
        var posted = Server.Messages.Count;
        ledger.FailMarkSent = false;
        var retry = await delivery.RunDueAsync(Due.AddMinutes(7), CancellationToken.None);

        Assert.Equal(1, retry.Sent);
        Assert.Equal(2, posted); // header and 10 embeds, then 2 embeds
        Assert.Equal(2 * posted, Server.Requests.Count(r => r.Method == "POST" && r.Path == "channels/555/messages"));
        Assert.Equal(posted, Server.Messages.Count);
        var entry = await ledger.GetAsync(subscription.Id, DateOnly.FromDateTime(Due.UtcDateTime), CancellationToken.None);
        Assert.Equal((DeliveryState.Sent, Server.Messages[0].Id), (entry?.State, entry?.PlatformMessageId));
    }
}
