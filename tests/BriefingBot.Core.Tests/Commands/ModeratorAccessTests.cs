using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Testing;

namespace BriefingBot.Core.Tests.Commands;

/// <summary>Every moderator command and sub-command, tried by a member, is denied before its handler runs.</summary>
public sealed class ModeratorAccessTests : IDisposable
{
    private static readonly ChatAddress Chat = new("fake", "group-1");
    private readonly CoreTestServices _services = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _services.Dispose();

    public static TheoryData<string> ModeratorCommands()
    {
        var data = new TheoryData<string>();
        foreach (var spec in CommandSpecs.Leaves.Where(s => s.Access == AccessLevel.Moderator))
        {
            data.Add(spec.Path);
        }

        return data;
    }

    [Fact]
    public void ModeratorCommands_CoverEveryModeratorChange()
    {
        Assert.Superset(
            new HashSet<string> { "subscribe", "unsubscribe", "filter add", "filter remove", "filter test", "source add", "source list", "source remove", "schedule time", "schedule items", "schedule quiet", "channel set", "channel clear", "audit" },
            CommandSpecs.Leaves.Where(s => s.Access == AccessLevel.Moderator).Select(s => s.Path).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ModeratorCommands))]
    public async Task Dispatch_MemberRunsModeratorCommand_DeniedAndNothingChanges(string path)
    {
        var spec = CommandSpecs.Leaves.Single(s => s.Path == path);
        var arguments = string.Join(' ', spec.Parameters.Select(SampleValue));

        var outcome = await _services.SendAsync(Chat, AccessLevel.Member, $"/{path} {arguments}");

        var denied = Assert.IsType<Denied>(outcome);
        Assert.Equal(path, denied.Command.Path);
        Assert.Empty(_services.Audit.Entries);
        Assert.Empty((await _services.Filters.GetAsync(Chat, CancellationToken.None)).Rules);
        Assert.Empty(await _services.ChatSources.ListAsync(Chat, CancellationToken.None));
        Assert.Null(await _services.Subscriptions.GetByChatAsync(Chat, CancellationToken.None));
        Assert.Null(await _services.Chats.GetSettingsAsync(Chat, CancellationToken.None));
    }

    [Fact]
    public async Task Dispatch_MemberRunsMemberSubcommand_Allowed()
    {
        Assert.IsType<ListOutcome>(await _services.SendAsync(Chat, AccessLevel.Member, "/filter list"));
    }

    private static string SampleValue(CommandParameter parameter) => parameter switch
    {
        { Choices: [var first, ..] } => first,
        { Kind: ParameterKind.Number } => "1",
        { Kind: ParameterKind.TimeOfDay } => "07:30",
        { Kind: ParameterKind.TimeZone } => "Europe/London",
        { Name: "url" } => "https://example.com/feed",
        { Name: "days" } => "mon,sun",
        _ => "football",
    };
}
