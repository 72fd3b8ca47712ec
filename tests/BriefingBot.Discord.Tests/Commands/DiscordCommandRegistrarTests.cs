using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Rest;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Commands;

public sealed class DiscordCommandRegistrarTests : FakeDiscordTests
{
    [Fact]
    public async Task EnsureRegisteredAsync_HashUnchanged_SkipsSecondOverwrite()
    {
        using var services = DiscordTestServices.Create(Server);
        var registrar = services.Get<DiscordCommandRegistrar>();

        Assert.True(await registrar.EnsureRegisteredAsync(CancellationToken.None));
        Assert.False(await registrar.EnsureRegisteredAsync(CancellationToken.None));

        var put = Assert.Single(Server.Requests);
        Assert.Equal("PUT", put.Method);
        Assert.Equal($"applications/{DiscordTestServices.ApplicationId}/commands", put.Path);
        Assert.Contains("\"default_member_permissions\":\"32\"", put.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureRegisteredAsync_DevGuild_RegistersInThatGuild()
    {
        using var services = DiscordTestServices.Create(Server, c => c["Discord:DevGuildId"] = "4242");

        await services.Get<DiscordCommandRegistrar>().EnsureRegisteredAsync(CancellationToken.None);

        Assert.Equal($"applications/{DiscordTestServices.ApplicationId}/guilds/4242/commands", Assert.Single(Server.Requests).Path);
    }

    [Fact]
    public async Task EnsureRegisteredAsync_OverwriteFails_HashNotStoredSoNextStartRetries()
    {
        using var services = DiscordTestServices.Create(Server);
        Server.Script("PUT", "applications/", FakeDiscordResponse.Error(400, 50035, "Invalid Form Body"));
        var registrar = services.Get<DiscordCommandRegistrar>();

        await Assert.ThrowsAsync<DiscordApiException>(() => registrar.EnsureRegisteredAsync(CancellationToken.None));

        Assert.True(await registrar.EnsureRegisteredAsync(CancellationToken.None));
    }
}
