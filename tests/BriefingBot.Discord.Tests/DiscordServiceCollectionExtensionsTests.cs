using BriefingBot.Core.Chats;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDiscordAdapter_NoToken_OnlyRegistersTheAdapter()
    {
        var services = new ServiceCollection();

        services.AddDiscordAdapter(Configuration([]));

        Assert.Contains(services, d => d.ImplementationInstance is AdapterRegistration { Section: "Discord" });
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IChatPlatform));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void AddDiscordAdapter_CalledTwice_RegistersTheAdapterOnce()
    {
        var services = new ServiceCollection();

        services.AddDiscordAdapter(Configuration([])).AddDiscordAdapter(Configuration([]));

        Assert.Single(services, d => d.ImplementationInstance is AdapterRegistration);
    }

    [Fact]
    public void AddDiscordAdapter_TokenInGatewayMode_RegistersGatewayAndDelivery()
    {
        var services = new ServiceCollection();

        services.AddDiscordAdapter(Configuration(new() { ["Discord:BotToken"] = "t", ["Discord:ApplicationId"] = "1" }));

        Assert.Contains(services, d => d.ServiceType == typeof(IGatewayTransport));
        Assert.Contains(services, d => d.ServiceType == typeof(IChatPlatform));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void AddDiscordAdapter_InteractionsMode_NoGatewayTransport()
    {
        var services = new ServiceCollection();

        services.AddDiscordAdapter(Configuration(new() { ["Discord:BotToken"] = "t", ["Discord:Mode"] = "Interactions" }));

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IGatewayTransport));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Theory]
    [InlineData("Discord:ApplicationId", null, "Discord:ApplicationId")]
    [InlineData("Discord:DevGuildId", "general", "Discord:DevGuildId")]
    [InlineData("Discord:Mode", "Interactions", "Discord:PublicKey")]
    [InlineData("Discord:Mode", "Interactions", "Discord:InteractionsListenUrl")]
    [InlineData("Discord:ShardIds", "0-1", "Discord:ShardIds needs Discord:ShardCount")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount")]
    public void Options_BadValue_FailsNamingTheKey(string key, string? value, string named)
    {
        var values = new Dictionary<string, string?> { ["Discord:BotToken"] = "t", ["Discord:ApplicationId"] = "1", [key] = value };
        var services = new ServiceCollection();
        var configuration = Configuration(values);
        services.AddSingleton<IConfiguration>(configuration);
        services.AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2", "2", "Discord:ShardIds: '2' must name shards from 0 to 1")]
    [InlineData("4", "0-x", "Discord:ShardIds: '0-x' is not a shard id")]
    [InlineData("4", ",", "Discord:ShardIds names no shard")]
    public void Options_BadShardIds_FailsSayingWhy(string count, string ids, string expected)
    {
        var values = new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = "t", ["Discord:ApplicationId"] = "1", ["Discord:ShardCount"] = count, ["Discord:ShardIds"] = ids,
        };
        var services = new ServiceCollection();
        var configuration = Configuration(values);
        services.AddSingleton(configuration);
        services.AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0-3", 8, new[] { 0, 1, 2, 3 })]
    [InlineData("5, 1,1-2", 8, new[] { 1, 2, 5 })]
    public void ShardSelection_IdsAndRanges_SortedWithoutRepeats(string text, int count, int[] expected)
    {
        Assert.True(BriefingBot.Discord.Gateway.ShardSelection.TryParse(text, count, out var ids, out _));
        Assert.Equal(expected, ids);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
