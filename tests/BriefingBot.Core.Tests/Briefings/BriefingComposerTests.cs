using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Topics;
using BriefingBot.Core.Topics;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class BriefingComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ComposeAsync_TopicPreference_RanksPreferredTopicFirst()
    {
        var store = new InMemoryStoryStore();
        await store.AddAsync(StoryFactory.Create("Late goal wins the football match", Now.AddHours(-1)), CancellationToken.None);
        await store.AddAsync(StoryFactory.Create("Computer software update ships", Now.AddHours(-4)), CancellationToken.None);
        var composer = new BriefingComposer(store, new TopicClassifier(TopicTestData.Taxonomy()));

        var plain = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, CancellationToken.None);
        var tech = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, TopicPreference.Of(["tech"], []), CancellationToken.None);
        var noSport = await composer.ComposeAsync(Now.AddDays(-1), Now, 2, TopicPreference.Of([], ["sport"]), CancellationToken.None);

        Assert.StartsWith("Late goal", plain.Items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Computer", tech.Items[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Computer", noSport.Items[0].Title, StringComparison.Ordinal);
    }
}
