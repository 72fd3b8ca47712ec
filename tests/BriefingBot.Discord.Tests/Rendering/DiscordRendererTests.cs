using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordRendererTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RenderBriefing_HostileTitle_EscapedAndMentionsBroken()
    {
        var briefing = Briefing(Item(1, "@everyone **FREE** [nitro](https://evil.test)", ["Click <@&123> now."]));

        var messages = DiscordRenderer.RenderBriefing(briefing, scheduled: true);

        var embed = Assert.Single(Assert.Single(messages).Embeds);
        Assert.DoesNotContain("@everyone", embed.Title, StringComparison.Ordinal);
        Assert.Contains(@"\*\*FREE\*\*", embed.Title, StringComparison.Ordinal);
        Assert.Contains(@"\[nitro\]", embed.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ListWithHostileEntries_NumberedAndEscaped()
    {
        var list = new ListOutcome("Rules", [new ListEntry("exclude-keyword @everyone **x**", ["why <@&1>"], 1)], "none", "/filter add");

        var content = Assert.Single(DiscordRenderer.Render(list)).Content ?? string.Empty;

        Assert.StartsWith("**Rules**", content, StringComparison.Ordinal);
        Assert.Contains(@"1\. exclude-keyword", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("<@&", content, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBriefing_Notice_SentAfterTheEmbeds()
    {
        var briefing = Briefing(Item(1, "Rates held", ["The bank held rates."])) with { Notices = [new BriefingNotice("chat-1", "The feed X failed.")] };

        var messages = DiscordRenderer.RenderBriefing(briefing, scheduled: true);

        Assert.Equal("The feed X failed.", messages[^1].Content);
    }

    [Fact]
    public void RenderBriefing_OneEmbedPerStory_WithLinkSourceCountAndFooter()
    {
        var messages = DiscordRenderer.RenderBriefing(Briefing(Item(1, "Rates held", ["The bank held rates."], sources: 3)), scheduled: false);

        var message = Assert.Single(messages);
        var embed = Assert.Single(message.Embeds);
        Assert.Contains("Briefing", message.Content, StringComparison.Ordinal);
        Assert.Equal("1. Rates held", embed.Title);
        Assert.Equal("https://news.test/1/0", embed.Url);
        Assert.Equal("3 sources", Assert.Single(embed.Fields ?? []).Name);
        Assert.NotNull(embed.Footer);
    }

    [Fact]
    public void RenderBriefing_StoryFromSeveralOutlets_FieldLinksEachOutletOnce()
    {
        var item = Item(1, "Rates held", ["The bank held rates."], sources: 3) with { UpdatedAt = Now };
        item = item with { Sources = [.. item.Sources, new StorySource("src0-uk", "Source 0", "Report 1 (UK)", new Uri("https://news.test/uk"), Now)] };

        var embed = Assert.Single(Assert.Single(DiscordRenderer.RenderBriefing(Briefing(item), scheduled: false)).Embeds);

        var field = Assert.Single(embed.Fields ?? []);
        Assert.Equal("3 sources", field.Name);
        Assert.Equal("[Source 0](https://news.test/1/0), [Source 1](https://news.test/1/1), [Source 2](https://news.test/1/2)", field.Value);
        Assert.Equal("1. Rates held (updated)", embed.Title);
    }

    [Fact]
    public void RenderBriefing_SevenStories_MoreButtonsFiveToARow()
    {
        var message = Assert.Single(DiscordRenderer.RenderBriefing(Briefing(Enumerable.Range(1, 7).Select(n => Item(n, $"Story {n}", ["Text."])).ToArray()), scheduled: true));

        var rows = message.Components ?? [];
        Assert.Equal([5, 2], rows.Select(r => r.Components?.Count ?? 0));
        Assert.Equal("story:7", rows[1].Components?[1].CustomId);
    }

    [Fact]
    public void RenderBriefing_ManyLongStories_SplitWithinEveryLimit()
    {
        var longSentences = Enumerable.Range(0, 40).Select(i => $"Sentence {i} " + new string('x', 180) + ".").ToList();
        var items = Enumerable.Range(1, 23).Select(n => Item(n, new string('T', 400), longSentences)).ToArray();

        var messages = DiscordRenderer.RenderBriefing(Briefing(items), scheduled: true);

        Assert.True(messages.Count > 1);
        Assert.Equal(23, messages.Sum(m => m.Embeds.Count));
        foreach (var message in messages)
        {
            Assert.True(message.Embeds.Count <= DiscordLimits.EmbedsPerMessage);
            Assert.True(message.Embeds.Sum(DiscordRenderer.Length) <= DiscordLimits.EmbedTotal);
            Assert.True((message.Content?.Length ?? 0) <= DiscordLimits.Content);
            foreach (var embed in message.Embeds)
            {
                Assert.True(embed.Title?.Length <= DiscordLimits.EmbedTitle);
                Assert.True((embed.Description?.Length ?? 0) <= DiscordLimits.EmbedDescription);
                Assert.All(embed.Fields ?? [], f => Assert.True(f.Value.Length <= DiscordLimits.FieldValue));
            }
        }
    }

    [Fact]
    public void RenderBriefing_LongDigest_KeepsWholeSentencesOnly()
    {
        var sentences = Enumerable.Range(0, 30).Select(i => $"Sentence number {i} " + new string('y', 200) + ".").ToList();

        var embed = DiscordRenderer.RenderBriefing(Briefing(Item(1, "Long", sentences)), scheduled: true)[0].Embeds[0];

        Assert.EndsWith(".", embed.Description, StringComparison.Ordinal);
        Assert.True(embed.Description?.Length <= DiscordLimits.EmbedDescription);
    }

    [Fact]
    public void Text_LongerThan2000_SplitIntoSeveralMessages()
    {
        var text = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line {i} with some words"));

        var messages = DiscordRenderer.Text(text);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m.Content?.Length <= DiscordLimits.Content));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(messages.Select(m => m.Content)).Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_EveryOutcomeKind_ProducesAMessage()
    {
        var story = new Story(new StoryId(1), "Title", "Text", ["One."], ["One. Two."], [Source(1, 0)], [], Now, Now);
        CommandOutcome[] outcomes =
        [
            new MessageOutcome("hello"),
            new HelpOutcome("Unknown command /foo.", CommandSpecs.All),
            new UsageError(CommandSpecs.Story, "Missing <number>"),
            new Denied(CommandSpecs.Subscribe, "Moderators only."),
            new NotFound("No briefing yet.", ["/briefing"]),
            new BriefingOutcome(Briefing()),
            new StoryOutcome(1, story),
        ];

        foreach (var outcome in outcomes)
        {
            var first = DiscordRenderer.Render(outcome)[0];
            Assert.True(!string.IsNullOrEmpty(first.Content) || first.Embeds.Count > 0, outcome.GetType().Name);
        }
    }

    [Fact]
    public void Render_Help_MarksModeratorCommands()
    {
        var content = DiscordRenderer.Render(new HelpOutcome(null, CommandSpecs.All))[0].Content;

        Assert.Contains("`/subscribe [time] [zone]`", content, StringComparison.Ordinal);
        Assert.Contains("(moderators)", content, StringComparison.Ordinal);
    }

    private static Briefing Briefing(params BriefingItem[] items) => new(Now, Now.AddDays(-1), items);

    private static BriefingItem Item(int number, string title, IReadOnlyList<string> summary, int sources = 1) =>
        new(number, new StoryId(number), title, summary, Enumerable.Range(0, sources).Select(i => Source(number, i)).ToList(), Now);

    private static StorySource Source(int number, int index) =>
        new($"src{index}", $"Source {index}", $"Report {number}", new Uri($"https://news.test/{number}/{index}"), Now);
}
