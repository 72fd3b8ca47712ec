using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Subscriptions;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Tests.Commands;

/// <summary>"/personal": a member's own briefing in the private chat their platform opens, or a clear answer where there is none.</summary>
public sealed class PersonalCommandTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Group = new(FakeChatPlatform.DefaultPlatform, "group-1");
    private static readonly ChatAddress Private = new(FakeChatPlatform.DefaultPlatform, "dm-of-member-1");

    private readonly Opener _opener = new();
    private readonly CoreTestServices _services;
    private readonly CoreTestServices _withoutOpener = new(Start);

    public PersonalCommandTests()
    {
        _services = new CoreTestServices(Start, configure: s => s.AddSingleton<IPrivateChatOpener>(_opener));
    }

    [Fact]
    public async Task Personal_MemberInGroup_PrivateChatSubscribedAsItsOwnHome()
    {
        var outcome = await _services.SendAsync(Group, AccessLevel.Member, "/personal 07:45 Asia/Tokyo");

        var subscribed = Assert.IsType<SubscriptionOutcome>(outcome);
        Assert.Equal(SubscriptionChange.Subscribed, subscribed.Change);
        Assert.Equal("your private chat", subscribed.DeliveredIn);
        Assert.Equal(Private, subscribed.Subscription.Chat);
        Assert.Equal(ChatCommands.Member.Id, subscribed.Subscription.SubscribedBy);
        Assert.Equal([ChatCommands.Member], _opener.Opened);
        Assert.Null(await _services.Subscriptions.GetByChatAsync(Group, CancellationToken.None));
        var audit = Assert.Single(await _services.Audit.ListRecentAsync(Private, 5, CancellationToken.None));
        Assert.Equal("personal", audit.Action);
    }

    [Fact]
    public async Task Personal_PlatformRefusesThePrivateChat_ProblemSaidNothingSubscribed()
    {
        _opener.Refusal = "I can't send you direct messages.";

        var outcome = await _services.SendAsync(Group, AccessLevel.Member, "/personal");

        Assert.Equal(new MessageOutcome("I can't send you direct messages."), outcome);
        Assert.Empty(await _services.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Personal_PlatformCannotOpenPrivateChats_AnsweredWithWhatToDoInstead()
    {
        var outcome = await _withoutOpener.SendAsync(Group, AccessLevel.Member, "/personal 07:45");

        var message = Assert.IsType<MessageOutcome>(outcome);
        Assert.Contains("open a private chat with the bot and use /subscribe there", message.Text, StringComparison.Ordinal);
        Assert.Empty(await _withoutOpener.Subscriptions.ListActiveAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        _services.Dispose();
        _withoutOpener.Dispose();
    }

    private sealed class Opener : IPrivateChatOpener
    {
        public string Platform => FakeChatPlatform.DefaultPlatform;

        public string? Refusal { get; set; }

        public List<ChatUser> Opened { get; } = [];

        public Task<ChannelCheck> OpenAsync(ChatUser user, CancellationToken cancellationToken)
        {
            Opened.Add(user);
            return Task.FromResult(Refusal is { } problem
                ? ChannelCheck.Refused(problem)
                : ChannelCheck.Accepted(new DeliveryTarget(Private, "your private chat")));
        }
    }
}
