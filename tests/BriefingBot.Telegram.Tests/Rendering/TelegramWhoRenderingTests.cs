using BriefingBot.Core.Briefings;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;
using BriefingBot.Core.Stories;
using BriefingBot.Telegram.Rendering;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram.Tests.Rendering;

public sealed class TelegramWhoRenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 7, 0, 0, TimeSpan.Zero);

    private readonly TelegramHtmlRenderer _renderer = new(Options.Create(new BriefingOptions()));

    [Fact]
    public void Render_WhoFound_EscapedProfileWithStoriesButton()
    {
        var mention = new EntityStoryMention(new StoryId(1), "Kishida & <Biden> meet", Now, new Uri("https://news.example/1"), "Wire", "Kishida met Biden.");
        var profile = new EntityProfile("Fumio Kishida", EntityType.Person, "Prime Minister <of Japan>", mention, [mention], ["Joe Biden"]);

        var message = Assert.Single(_renderer.Render(new WhoOutcome(new WhoResult.Found(profile))));

        Assert.Contains("<b>Fumio Kishida</b>", message.Html, StringComparison.Ordinal);
        Assert.Contains("Prime Minister &lt;of Japan&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("Kishida &amp; &lt;Biden&gt; meet", message.Html, StringComparison.Ordinal);
        var button = Assert.Single(Assert.Single(message.Keyboard?.InlineKeyboard ?? []));
        Assert.Equal("who:Fumio Kishida", button.CallbackData);
        Assert.Contains("Kishida &amp; &lt;Biden&gt; meet", _renderer.RenderWhoStories(profile).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WhoUnknown_EscapesQuery()
    {
        var message = Assert.Single(_renderer.Render(new WhoOutcome(new WhoResult.Unknown("<x>", ["A&B"]))));

        Assert.Equal("'&lt;x&gt;' is not in recent news. Did you mean: A&amp;B?", message.Html);
        Assert.Null(message.Keyboard);
    }
}
