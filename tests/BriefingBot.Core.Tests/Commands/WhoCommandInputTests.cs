using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Core.People;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Commands;

/// <summary>"/who" with input people do send: nothing, far too much, markup, control characters, other scripts.</summary>
public sealed class WhoCommandInputTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChatAddress Chat = new("fake", "group-1");
    private readonly CoreTestServices _services = new(Now);

    public WhoCommandInputTests()
    {
        var text = "Japanese Prime Minister Fumio Kishida met Boris Johnson in London on Thursday.";
        var story = StoryFactory.Create("Kishida in London", Now.AddHours(-2), text: text) with
        {
            Entities = [.. new EntityExtractor().Extract("Kishida in London", text),
                new StoryEntity("Ольга Петрова", EntityType.Person, ["Петрова"], "министр", null, text, 1)],
        };
        _services.Stories.AddAsync(story, CancellationToken.None).GetAwaiter().GetResult();
    }

    public static TheoryData<string> Empty => new() { "", "   ", "\t\n", "\u0000\u0007\u001b", "<b></b>", "\u200B\u200D", "👍🙂", "\uD800", "...", "&nbsp;" };

    [Theory]
    [MemberData(nameof(Empty))]
    public async Task DispatchAsync_NoLettersInName_ReturnsUsageErrorAskingForAName(string name)
    {
        var usage = Assert.IsType<UsageError>(await DispatchAsync(name));

        Assert.Contains("name", usage.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(10_000)]
    public async Task DispatchAsync_TooLongName_ReturnsUsageErrorSayingTheLimit(int length)
    {
        var usage = Assert.IsType<UsageError>(await DispatchAsync(new string('k', length)));

        Assert.Contains("at most 100 characters", usage.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_TenThousandCharactersOfMarkup_ReturnsUsageError()
    {
        Assert.IsType<UsageError>(await DispatchAsync(string.Concat(Enumerable.Repeat("<i>Kishida</i>", 715))));
    }

    [Theory]
    [InlineData("<b>Kishida</b>")]
    [InlineData("Kishida\u0000\u0007")]
    [InlineData("Ki\u200Bshida")]
    [InlineData("  Fumio\r\n  Kishida  ")]
    [InlineData("Kishida\uD800")]
    [InlineData("&lt;Kishida&gt;")]
    public async Task DispatchAsync_NameWrappedInMarkupOrControlCharacters_FindsThePerson(string name)
    {
        var outcome = Assert.IsType<WhoOutcome>(await DispatchAsync(name));

        Assert.Equal("Fumio Kishida", Assert.IsType<WhoResult.Found>(outcome.Result).Profile.Name);
    }

    [Fact]
    public async Task DispatchAsync_CyrillicName_FindsThePersonWithThatName()
    {
        var outcome = Assert.IsType<WhoOutcome>(await DispatchAsync("Петрова"));

        var profile = Assert.IsType<WhoResult.Found>(outcome.Result).Profile;
        Assert.Equal("Ольга Петрова", profile.Name);
        Assert.Equal("министр", profile.Role);
    }

    [Theory]
    [InlineData("岸田文雄")]
    [InlineData("محمد بن سلمان")]
    [InlineData("Путин")]
    [InlineData("김정은")]
    [InlineData("Zzyzx <script>alert(1)</script>")]
    public async Task DispatchAsync_NameNobodyHas_SaysItIsNotInTheNewsAndQuotesTheName(string name)
    {
        var outcome = Assert.IsType<WhoOutcome>(await DispatchAsync(name));

        var unknown = Assert.IsType<WhoResult.Unknown>(outcome.Result);
        Assert.DoesNotContain('<', unknown.Query);
        Assert.NotEmpty(unknown.Query);
    }

    public void Dispose() => _services.Dispose();

    private Task<CommandOutcome> DispatchAsync(string name)
    {
        var invocation = new CommandInvocation(Chat, new ChatUser("u1", "Ada"), AccessLevel.Member, "who", [name], name);
        return _services.Get<CommandDispatcher>().DispatchAsync(invocation, CancellationToken.None);
    }
}
