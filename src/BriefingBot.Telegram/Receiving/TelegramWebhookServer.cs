using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: a minimal API on Telegram:WebhookListenUrl at the path of Telegram:WebhookUrl. Requests without the
/// right X-Telegram-Bot-Api-Secret-Token (compared in constant time) get 401; repeated update ids are acknowledged
/// but handled once. setWebhook is called once the endpoint listens.
/// </summary>
internal sealed partial class TelegramWebhookServer(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    UpdateDeduplicator deduplicator,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookServer> logger) : IDisposable, IAsyncDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private WebApplication? _app;

    /// <summary>The address actually bound (port 0 in the listen URL picks a free one).</summary>
    public Uri? ListeningOn { get; private set; }

    public string Path => new Uri(options.Value.WebhookUrl ?? "http://localhost/").AbsolutePath;

    /// <summary>Listens (once), then calls setWebhook; calling it again after a failed setWebhook only retries that call.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (_app is null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls(o.WebhookListenUrl ?? "http://127.0.0.1:0");
            var app = builder.Build();
            Func<HttpContext, Task<IResult>> endpoint = HandleAsync;
            app.MapPost(Path, endpoint);
            await app.StartAsync(cancellationToken);
            _app = app;
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            ListeningOn = address is null ? null : new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }

        await client.SetWebhook(o.WebhookUrl ?? string.Empty, secretToken: o.WebhookSecret, allowedUpdates: TelegramPoller.AllowedUpdates, cancellationToken: cancellationToken);
        LogListening(ListeningOn, Path);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
        {
            LogRejected();
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is not null && deduplicator.TryBegin(update.Id))
        {
            try
            {
                await handler.HandleAsync(update, context.RequestAborted);
            }
            catch
            {
                // Not acknowledged (500): Telegram delivers it again, and then it must not count as seen.
                deduplicator.Forget(update.Id);
                throw;
            }
        }

        return Results.Ok();
    }

    private bool SecretMatches(string presented)
    {
        var expected = options.Value.WebhookSecret;
        return !string.IsNullOrEmpty(expected)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }

    [LoggerMessage(EventId = 4060, Level = LogLevel.Information, Message = "Telegram webhook listening on {Address} at {Path}")]
    private partial void LogListening(Uri? address, string path);

    [LoggerMessage(EventId = 4061, Level = LogLevel.Warning, Message = "Telegram webhook request without the right secret token: 401")]
    private partial void LogRejected();
}
