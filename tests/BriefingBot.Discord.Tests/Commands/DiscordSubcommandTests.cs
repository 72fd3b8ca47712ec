using System.Text.Json;
using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Moderation;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Tests.Commands;

/// <summary>Command groups ("/filter add") as Discord SUB_COMMAND options, both ways, and the dispatcher's access check behind them.</summary>
public sealed class DiscordSubcommandTests : FakeDiscordTests
{
    [Fact]
    public void Build_FilterGroup_SubcommandOptionsWithTheirOwnOptions()
    {
        var commands = DiscordCommandCatalog.Build(CommandSpecs.All);

        var filter = Assert.Single(commands, c => c.Name == "filter");
        Assert.Equal(["add", "list", "remove", "test"], (filter.Options ?? []).Select(o => o.Name));
        Assert.All(filter.Options ?? [], o => Assert.Equal(ApplicationCommandOption.SubCommandType, o.Type));
        Assert.All(filter.Options ?? [], o => Assert.Null(o.Required));
        var add = Assert.Single(filter.Options ?? [], o => o.Name == "add");
        var kind = Assert.Single(add.Options ?? [], o => o.Name == "kind");
        Assert.Equal(ApplicationCommandOption.StringType, kind.Type);
        Assert.Equal(FilterRuleKinds.Names, (kind.Choices ?? []).Select(c => c.Value));
        Assert.True(Assert.Single(add.Options ?? [], o => o.Name == "value").Required);
        Assert.Null(Assert.Single(filter.Options ?? [], o => o.Name == "list").Options);
        var remove = Assert.Single(Assert.Single(filter.Options ?? [], o => o.Name == "remove").Options ?? []);
        Assert.Equal(ApplicationCommandOption.IntegerType, remove.Type);

        // Members may run /filter list, so the group is shown to everyone; /source and /schedule are moderators' only.
        Assert.Null(filter.DefaultMemberPermissions);
        Assert.Equal(DiscordCommandCatalog.ManageGuild, Assert.Single(commands, c => c.Name == "source").DefaultMemberPermissions);
        Assert.Equal(DiscordCommandCatalog.ManageGuild, Assert.Single(commands, c => c.Name == "schedule").DefaultMemberPermissions);
    }

    [Fact]
    public void Build_SubcommandJson_HasTypeOneAndNoRequiredFlag()
    {
        var json = JsonSerializer.Serialize(DiscordCommandCatalog.Build([CommandSpecs.Filter]), DiscordJsonContext.Default.IReadOnlyListApplicationCommand);

        using var document = JsonDocument.Parse(json);
        var add = document.RootElement[0].GetProperty("options")[0];
        Assert.Equal(1, add.GetProperty("type").GetInt32());
        Assert.False(add.TryGetProperty("required", out _));
        Assert.Equal("include-topic", add.GetProperty("options")[0].GetProperty("choices")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void From_SubcommandInteraction_PathThenValuesInDeclaredOrder()
    {
        var interaction = Filter("add", Option("value", "Kishida"), Option("kind", "include-keyword"));

        var invocation = DiscordInvocations.From(interaction with { Member = new InteractionMember(new DiscordUser("7", "ann"), "32") });

        Assert.Equal("filter", invocation.Name);
        Assert.Equal(["add", "include-keyword", "Kishida"], invocation.Arguments);
        Assert.Equal(AccessLevel.Moderator, invocation.CallerAccess);
    }

    [Fact]
    public async Task HandleAsync_MemberRunsFilterAdd_DeniedOnlyToThem()
    {
        using var services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
        var responses = new List<InteractionResponse>();
        var interaction = Filter("add", Option("kind", "exclude-keyword"), Option("value", "football"));

        await services.Get<DiscordInteractionHandler>().HandleAsync(interaction, (response, _) =>
        {
            responses.Add(response);
            return Task.CompletedTask;
        }, CancellationToken.None);

        var answer = Assert.Single(responses);
        Assert.Equal(MessagePayload.Ephemeral, answer.Data?.Flags);
        Assert.Contains("moderators", answer.Data?.Content, StringComparison.Ordinal);
        Assert.Empty((await services.Filters.GetAsync(new ChatAddress(DiscordInvocations.Platform, "77"), CancellationToken.None)).Rules);
    }

    [Fact]
    public async Task HandleAsync_ModeratorRunsFilterAdd_RuleStored()
    {
        using var services = DiscordTestServices.Create(Server, c => c["Discord:DeferAfter"] = "00:00:05");
        var interaction = Filter("add", Option("kind", "exclude-keyword"), Option("value", "football")) with
        {
            Member = new InteractionMember(new DiscordUser("7", "ann"), "8"),
        };

        await services.Get<DiscordInteractionHandler>().HandleAsync(interaction, (_, _) => Task.CompletedTask, CancellationToken.None);

        var rule = Assert.Single((await services.Filters.GetAsync(new ChatAddress(DiscordInvocations.Platform, "77"), CancellationToken.None)).Rules);
        Assert.Equal(new FilterRule(FilterRuleKind.ExcludeKeyword, "football"), rule);
    }

    private static Interaction Filter(string subcommand, params InteractionOption[] options) => new(
        "5",
        DiscordTestServices.ApplicationId,
        2,
        "tok-11",
        new InteractionData("filter", [new InteractionOption(subcommand, ApplicationCommandOption.SubCommandType, Options: options)]),
        GuildId: "5",
        ChannelId: "77",
        Member: new InteractionMember(new DiscordUser("8", "bo"), "0"));

    private static InteractionOption Option(string name, string value) =>
        new(name, ApplicationCommandOption.StringType, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));
}
