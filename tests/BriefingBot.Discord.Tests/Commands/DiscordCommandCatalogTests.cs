using BriefingBot.Core.Commands;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Tests.Commands;

public sealed class DiscordCommandCatalogTests
{
    [Fact]
    public void Build_SharedCatalog_OneCommandPerSpecWithTypedOptions()
    {
        var commands = DiscordCommandCatalog.Build(CommandSpecs.All);

        Assert.Equal(CommandSpecs.All.Select(s => s.Name), commands.Select(c => c.Name));
        var story = Assert.Single(Assert.Single(commands, c => c.Name == "story").Options ?? []);
        Assert.Equal(ApplicationCommandOption.IntegerType, story.Type);
        Assert.Equal((1, 50), (story.MinValue, story.MaxValue));
        Assert.True(story.Required);
        var subscribe = Assert.Single(commands, c => c.Name == "subscribe");
        Assert.Equal(DiscordCommandCatalog.ManageGuild, subscribe.DefaultMemberPermissions);
        Assert.All(subscribe.Options ?? [], o => Assert.False(o.Required));
        Assert.Null(Assert.Single(commands, c => c.Name == "help").DefaultMemberPermissions);
    }

    [Fact]
    public void Hash_SameCommandsOtherScope_Differs()
    {
        var commands = DiscordCommandCatalog.Build(CommandSpecs.All);

        Assert.Equal(DiscordCommandCatalog.Hash(commands, "global"), DiscordCommandCatalog.Hash(DiscordCommandCatalog.Build(CommandSpecs.All), "global"));
        Assert.NotEqual(DiscordCommandCatalog.Hash(commands, "global"), DiscordCommandCatalog.Hash(commands, "guild:1"));
    }
}
