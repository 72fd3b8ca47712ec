using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Commands;

/// <summary>"/personal" from a server: the member's DM channel is opened, subscribed and gets the scheduled briefing as embeds.</summary>
public sealed class DiscordPersonalCommandTests : FakeDiscordTests
{
    private const string GuildChannel = "77";
    private const string UserId = "7";
    private const string MemberPermissions = "0";

    private CoreTestServices _services = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
    }

    public override Task DisposeAsync()
    {
        _services.Dispose();
        return base.DisposeAsync();
    }

    [Fact]
    public void Build_Personal_OfferedToMembersWithOptionalTimeAndZone()
    {
        var command = Assert.Single(DiscordCommandCatalog.Build(CommandSpecs.All), c => c.Name == "personal");

        Assert.Null(command.DefaultMemberPermissions);
        Assert.Equal(["time", "zone"], command.Options?.Select(o => o.Name));
        Assert.All(command.Options ?? [], o => Assert.False(o.Required));
    }

    [Fact]
    public async Task Personal_MemberInServer_DmOpenedGreetedSubscribedAndAnsweredEphemerally()
    {
        var answer = await RunAsync("08:15", "Europe/London");

        var open = Assert.Single(Server.Requests, r => r.Method == "POST" && r.Path == "users/@me/channels");
        Assert.Equal(UserId, JsonDocument.Parse(open.Body).RootElement.GetProperty("recipient_id").GetString());
        var dm = Server.DirectMessageChannels[UserId];
        var greeting = Assert.Single(Server.Messages);
        Assert.Equal(dm, greeting.ChannelId);
        Assert.Contains("personal daily briefing will arrive here", greeting.Body, StringComparison.Ordinal);
        var subscription = await _services.Subscriptions.GetByChatAsync(Dm(dm), CancellationToken.None);
        Assert.True(subscription?.IsActive);
        Assert.Equal(UserId, subscription?.SubscribedBy);
        Assert.Equal(new TimeOnly(8, 15), subscription?.DeliveryTime);
        Assert.Null(subscription?.DeliverTo);
        Assert.Null(await _services.Subscriptions.GetByChatAsync(new ChatAddress(DiscordInvocations.Platform, GuildChannel), CancellationToken.None));
        Assert.Equal(MessagePayload.Ephemeral, answer.Flags);
        Assert.StartsWith("Subscribed: a daily briefing in your direct messages at 08:15 Europe/London.", answer.Content, StringComparison.Ordinal);
        Assert.Equal("personal", (await _services.Audit.ListRecentAsync(Dm(dm), 1, CancellationToken.None))[0].Action);
    }

    [Fact]
    public async Task Personal_RunAgain_SameDmChannelTimeUpdated()
    {
        await RunAsync("08:15", "Europe/London");

        var again = await RunAsync("09:00");

        var dm = Assert.Single(Server.DirectMessageChannels).Value;
        Assert.StartsWith("Updated: the daily briefing in your direct messages now comes at 09:00 Europe/London.", again.Content, StringComparison.Ordinal);
        Assert.Equal(new TimeOnly(9, 0), (await _services.Subscriptions.GetByChatAsync(Dm(dm), CancellationToken.None))?.DeliveryTime);
    }

    [Fact]
    public async Task Personal_UserTakesNoDms_ToldHowToAllowThemAndNothingSubscribed()
    {
        Server.Script("POST", "channels/", FakeDiscordResponse.Error(403, 50007, "Cannot send messages to this user"));

        var answer = await RunAsync("08:15");

        Assert.Equal(MessagePayload.Ephemeral, answer.Flags);
        Assert.Contains("I can't send you direct messages: allow direct messages from members of this server", answer.Content, StringComparison.Ordinal);
        Assert.Empty(await _services.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ScheduledBriefing_PersonalSubscription_ArrivesInTheDmAsEmbeds()
    {
        var (dm, due) = await SubscribeWithAStoryDueAsync();

        var report = await _services.Get<DeliveryService>().RunDueAsync(due.AddMinutes(1), CancellationToken.None);

        Assert.Equal(1, report.Sent);
        var briefing = Server.Messages[^1];
        Assert.Equal(dm, briefing.ChannelId);
        var embeds = JsonDocument.Parse(briefing.Body).RootElement.GetProperty("embeds");
        Assert.Contains(embeds.EnumerateArray(), e => e.GetProperty("title").GetString()?.Contains("Harbour bridge reopens", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(Server.Messages, m => m.ChannelId == GuildChannel);
        Assert.NotNull(await _services.Chats.GetLastBriefingAsync(Dm(dm), CancellationToken.None));
    }

    [Fact]
    public async Task ScheduledBriefing_UserStoppedTakingDms_PersonalSubscriptionStoppedWithTheReason()
    {
        var (dm, due) = await SubscribeWithAStoryDueAsync();
        Server.Script("POST", $"channels/{dm}/", FakeDiscordResponse.Error(403, 50007, "Cannot send messages to this user"));

        var report = await _services.Get<DeliveryService>().RunDueAsync(due.AddMinutes(1), CancellationToken.None);

        Assert.Equal(1, report.Failed);
        var subscription = await _services.Subscriptions.GetByChatAsync(Dm(dm), CancellationToken.None);
        Assert.False(subscription?.IsActive);
        Assert.Contains("50007", subscription?.DeactivatedReason, StringComparison.Ordinal);
        Assert.Empty(await _services.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    /// <summary>
    /// "/personal 07:00 Etc/UTC" and a story half an hour before the first briefing is due; returns the DM channel and that
    /// instant (the command dates the subscription by the system clock, which the adapter runs on).
    /// </summary>
    private async Task<(string Dm, DateTimeOffset Due)> SubscribeWithAStoryDueAsync()
    {
        await RunAsync("07:00", "Etc/UTC");
        var dm = Server.DirectMessageChannels[UserId];
        var subscription = await _services.Subscriptions.GetByChatAsync(Dm(dm), CancellationToken.None)
            ?? throw new InvalidOperationException("No personal subscription.");
        var due = DeliverySchedule.NextDue(subscription, subscription.CreatedAt);
        await _services.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", due.AddMinutes(-30)), CancellationToken.None);
        return (dm, due);
    }

    private static ChatAddress Dm(string channel) => new(DiscordInvocations.Platform, channel);

    private static InteractionOption Text(string name, string value) =>
        new(name, ApplicationCommandOption.StringType, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));

    private Task<MessagePayload> RunAsync(string time, string? zone = null)
    {
        var options = zone is null ? [Text("time", time)] : new[] { Text("time", time), Text("zone", zone) };
        return _services.RunAsync(new InteractionData("personal", options), GuildChannel, UserId, MemberPermissions);
    }
}
