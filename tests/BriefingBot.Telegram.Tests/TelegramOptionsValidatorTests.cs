using BriefingBot.Core.Chats;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramOptionsValidatorTests
{
    [Fact]
    public void Validate_MalformedToken_NamesKeyWithoutEchoingToken()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = "not a token SECRETVALUE" });

        Assert.True(result.Failed);
        Assert.Contains("Telegram:BotToken", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETVALUE", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookWithoutSecretOrUrl_NamesEachKey()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = TelegramHarness.Token, Mode = TelegramMode.Webhook });

        Assert.Contains("Telegram:WebhookUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookSecret", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Telegram:WebhookListenUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.True(new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = TelegramHarness.Token }).Succeeded);
    }

    [Fact]
    public void AddTelegramAdapter_NoToken_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddTelegramAdapter(new ConfigurationBuilder().Build());

        Assert.Empty(services);
    }

    [Fact]
    public void AddTelegramAdapter_Token_RegistersAdapterAndHostedService()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = TelegramHarness.Token }).Build();

        services.AddTelegramAdapter(configuration);

        Assert.Contains(services, d => d.ImplementationInstance is AdapterRegistration { Section: "Telegram" });
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService));
    }
}
