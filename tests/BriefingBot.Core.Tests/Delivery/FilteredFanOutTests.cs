using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;
using BriefingBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Tests.Delivery;

/// <summary>Briefings are composed once per profile and window: chats with their own filters must never share one.</summary>
public sealed class FilteredFanOutTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Plain = new(FakeChatPlatform.DefaultPlatform, "plain");
    private static readonly ChatAddress AlsoPlain = new(FakeChatPlatform.DefaultPlatform, "also-plain");
    private static readonly ChatAddress NoKishida = new(FakeChatPlatform.DefaultPlatform, "no-kishida");
    private readonly CoreTestServices _services = new(Start, configure: services =>
        services.Replace(ServiceDescriptor.Singleton<ITopicClassifier>(new TopicClassifier(TopicTestData.Taxonomy()))));

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task RunDue_ChatsDueTogether_EachGetsItsOwnFilteredBriefingWhilePlainChatsShareOne()
    {
        foreach (var chat in new[] { Plain, AlsoPlain, NoKishida })
        {
            await _services.SendAsync(chat, AccessLevel.Moderator, "/subscribe 07:00 UTC");
        }

        await _services.SendAsync(NoKishida, AccessLevel.Moderator, "/filter add exclude-keyword Kishida");
        await _services.Stories.AddAsync(StoryFactory.Create("Kishida visits London", Start.AddMinutes(-30)), CancellationToken.None);
        await _services.Stories.AddAsync(StoryFactory.Create("Harbour bridge reopens", Start.AddMinutes(-20)), CancellationToken.None);
        _services.Clock.SetUtcNow(Start.AddHours(1));

        var report = await _services.Get<DeliveryService>().RunDueAsync(_services.Clock.GetUtcNow(), CancellationToken.None);

        Assert.Equal(3, report.Sent);
        string[] Titles(ChatAddress chat) => [.. _services.Platform.Sent.Single(s => s.Chat == chat).Briefing.Items.Select(i => i.Title).Order()];
        Assert.Equal(["Harbour bridge reopens", "Kishida visits London"], Titles(Plain));
        Assert.Equal(Titles(Plain), Titles(AlsoPlain));
        Assert.Equal(["Harbour bridge reopens"], Titles(NoKishida));
    }
}
