using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.Stories;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed partial class TelegramHtmlRendererTests
{
    private const string Hostile = "<script>alert('x')</script> & Sons <b>bold</b>";

    private static readonly string[] KnownTags = ["b", "i", "a", "code"];

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private readonly TelegramHtmlRenderer _renderer = new(Options.Create(new BriefingOptions()));

    [Fact]
    public void RenderBriefing_HostileTitleSummaryAndSource_EscapedAsText()
    {
        var item = Item(1, Hostile, Hostile, new StorySource("s", "A&B <News>", Hostile, new Uri("https://news.example/a?x=1&y=\"2\""), Now));

        var message = Assert.Single(_renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), [item]), scheduled: true));

        Assert.DoesNotContain("<script>", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Sons &lt;b&gt;bold&lt;/b&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("A&amp;B &lt;News&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/a?x=1&amp;y=%222%22\"", message.Html, StringComparison.Ordinal);
        AssertOnlyKnownTags(message.Html);
        Assert.True(message.DisableLinkPreview);
    }

    [Fact]
    public void RenderBriefing_StoryFromThreeOutlets_OneItemWithLinkedSourcesAndSourcesButton()
    {
        StorySource[] sources =
        [
            new("wire", "Wire", "Deal signed", new Uri("https://wire.example/a"), Now),
            new("daily", "Daily", "Pact agreed", new Uri("https://daily.example/b"), Now),
            new("wire-uk", "Wire", "Deal signed (UK)", new Uri("https://wire.example/uk/a"), Now),
            new("post", "Post", "Leaders meet", new Uri("https://post.example/c"), Now),
        ];
        var item = new BriefingItem(1, new StoryId(1), "Defence deal", ["They agreed."], sources, Now, UpdatedAt: Now);

        var message = Assert.Single(_renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), [item]), scheduled: false));

        Assert.Contains("<b>1. Defence deal</b> <i>(updated)</i>", message.Html, StringComparison.Ordinal);
        Assert.Contains(
            "3 sources: <a href=\"https://wire.example/a\">Wire</a>, <a href=\"https://daily.example/b\">Daily</a>, <a href=\"https://post.example/c\">Post</a>",
            message.Html,
            StringComparison.Ordinal);
        Assert.Equal(1, Count(message.Html, "<b>1. "));
        var buttons = Assert.Single(message.Keyboard?.InlineKeyboard ?? []);
        Assert.Contains(buttons, b => b.Text == "Sources");
        AssertOnlyKnownTags(message.Html);
    }

    [Fact]
    public void RenderBriefing_ManyOutlets_FirstFiveLinkedRestCounted()
    {
        var sources = Enumerable.Range(0, 8).Select(i => new StorySource($"s{i}", $"Outlet {i}", "Report", new Uri($"https://o{i}.example/"), Now)).ToList();
        var item = new BriefingItem(1, new StoryId(1), "Big story", ["Text."], sources, Now);

        var message = Assert.Single(_renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), [item]), scheduled: false));

        Assert.Contains("8 sources: ", message.Html, StringComparison.Ordinal);
        Assert.Equal(5, Count(message.Html, "<a href="));
        Assert.Contains(" and 3 more", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryTextOutcome_Escaped()
    {
        var outcomes = new CommandOutcome[]
        {
            new MessageOutcome(Hostile),
            new NotFound(Hostile, [Hostile]),
            new Denied(CommandSpecs.Subscribe, Hostile),
            new UsageError(CommandSpecs.Who, Hostile),
            new HelpOutcome(Hostile, CommandSpecs.All),
            new ListOutcome(Hostile, [new ListEntry(Hostile, [Hostile], 1), new ListEntry(Hostile, [])], Hostile, Hostile),
            new ListOutcome(Hostile, [], Hostile, Hostile),
        };

        foreach (var outcome in outcomes)
        {
            var html = Assert.Single(_renderer.Render(outcome)).Html;
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            AssertOnlyKnownTags(html);
        }
    }

    [Fact]
    public void RenderBriefing_WithNotice_NoticeEscapedInItsOwnMessage()
    {
        var briefing = new Briefing(Now, Now.AddDays(-1), [Item(1, "Rates held", "The bank held rates.", Source(1))]) { Notices = [new BriefingNotice("chat-1", Hostile)] };

        var messages = _renderer.RenderBriefing(briefing, scheduled: true);

        Assert.Equal(2, messages.Count);
        Assert.StartsWith("&lt;script&gt;", messages[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBriefing_LongItems_ChunksUnderLimitSplitAtItemBoundaries()
    {
        var items = Enumerable.Range(1, 20)
            .Select(n => Item(n, $"Headline {n} & more", string.Concat(Enumerable.Repeat($"Sentence of item {n} with <angle> & ampersand. ", 40)), Source(n)))
            .ToList();

        var messages = _renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), items), scheduled: false);

        Assert.True(messages.Count > 1);
        var seen = new List<int>();
        foreach (var message in messages)
        {
            Assert.True(message.Html.Length < 4096, $"chunk of {message.Html.Length} characters");
            AssertOnlyKnownTags(message.Html);
            Assert.Equal(Count(message.Html, "<b>"), Count(message.Html, "</b>"));
            Assert.Equal(Count(message.Html, "<i>"), Count(message.Html, "</i>"));
            var numbers = ItemNumber().Matches(message.Html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            seen.AddRange(numbers);
            var buttons = message.Keyboard?.InlineKeyboard.Select(row => row.First().CallbackData).ToList() ?? [];
            Assert.Equal(numbers.Select(n => $"more:{n}"), buttons);
        }

        Assert.Equal(Enumerable.Range(1, 20), seen);
    }

    [Fact]
    public void RenderBriefing_ItemsThatGrowWhenEscaped_StillUnderLimit()
    {
        var hugeLink = new Uri("https://news.example/" + new string('a', 3000));
        var items = Enumerable.Range(1, 5)
            .Select(n => Item(n, new string('<', 400), new string('&', 1500), new StorySource("s", new string('>', 200), "t", hugeLink, Now)))
            .ToList();

        var messages = _renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), items), scheduled: true);

        Assert.All(messages, m => Assert.True(m.Html.Length < 4096, $"chunk of {m.Html.Length} characters"));
        Assert.Equal(5, messages.Sum(m => m.Keyboard?.InlineKeyboard.Count() ?? 0));
        Assert.All(messages, m => Assert.DoesNotContain(hugeLink.AbsoluteUri, m.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderBriefing_Buttons_CallbackDataWithin64Bytes()
    {
        var messages = _renderer.RenderBriefing(new Briefing(Now, Now.AddDays(-1), [Item(12, "T", "S", Source(1))]), scheduled: false);

        var row = Assert.Single(Assert.Single(messages).Keyboard?.InlineKeyboard ?? []);
        Assert.Equal(["more:12", "src:12"], row.Select(b => b.CallbackData));
        Assert.All(row, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData ?? string.Empty), 1, CallbackData.MaxBytes));
    }

    [Fact]
    public void TryEncode_DataOver64Bytes_ReturnsNull()
    {
        Assert.Null(CallbackData.TryEncode(CallbackData.WhoStories, new string('é', 40)));
        Assert.Equal("who:Kishida", CallbackData.TryEncode(CallbackData.WhoStories, "Kishida"));
    }

    private static BriefingItem Item(int number, string title, string summary, StorySource source) =>
        new(number, new StoryId(number), title, [summary], [source], Now);

    private static StorySource Source(int n) => new("wire", "Wire", $"Report {n}", new Uri($"https://news.example/{n}"), Now);

    private static int Count(string text, string value) => Regex.Count(text, Regex.Escape(value));

    private static void AssertOnlyKnownTags(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.Contains(tag.Groups[1].Value, KnownTags);
        }
    }

    [GeneratedRegex(@"</?([a-zA-Z]+)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<b>(\d+)\. ")]
    private static partial Regex ItemNumber();
}
