using System.Net;
using System.Text;
using BriefingBot.Telegram.Receiving;
using BriefingBot.Testing.Telegram;

namespace BriefingBot.Telegram.Tests.Receiving;

public sealed class TelegramWebhookServerTests
{
    private const string Secret = "s3cret_token-1";

    [Fact]
    public async Task Post_WrongOrMissingSecret_Unauthorized()
    {
        await using var harness = await StartWebhookAsync();
        var server = harness.Get<TelegramWebhookServer>();
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient();

        using var wrong = await PostAsync(http, server, "not-the-secret", 10);
        using var missing = await PostAsync(http, server, null, 11);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Empty(harness.Api.Delivered);
        await server.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Post_RightSecret_HandledOnceEvenWhenRepeated()
    {
        await using var harness = await StartWebhookAsync();
        var server = harness.Get<TelegramWebhookServer>();
        await server.StartAsync(CancellationToken.None);
        using var http = new HttpClient();

        using var first = await PostAsync(http, server, Secret, 20);
        using var repeat = await PostAsync(http, server, Secret, 20);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(TelegramHarness.PrivateChat, Assert.Single(harness.Api.Delivered).ChatId);
        var setWebhook = Assert.Single(harness.Api.Calls("setWebhook"));
        Assert.Equal("https://bot.example/telegram/hook", setWebhook.Property("url"));
        Assert.Equal(Secret, setWebhook.Property("secret_token"));
        await server.StopAsync(CancellationToken.None);
    }

    private static Task<TelegramHarness> StartWebhookAsync() => TelegramHarness.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example/telegram/hook",
        ["Telegram:WebhookSecret"] = Secret,
        ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
    });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, TelegramWebhookServer server, string? secret, int updateId)
    {
        var listening = server.ListeningOn ?? throw new InvalidOperationException("The webhook is not listening.");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(listening, "/telegram/hook"))
        {
            Content = new StringContent(FakeTelegramBotApi.MessageUpdateJson(updateId, TelegramHarness.PrivateChat, TelegramHarness.Member, "/help"), Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookServer.SecretHeader, secret);
        }

        return await http.SendAsync(request);
    }
}
