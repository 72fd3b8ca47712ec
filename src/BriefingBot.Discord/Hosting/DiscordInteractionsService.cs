using BriefingBot.Core.Chats;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>Interactions mode: registers the commands, then serves the signed HTTP endpoint on Discord:InteractionsListenUrl.</summary>
internal sealed partial class DiscordInteractionsService(
    DiscordCommandRegistrar registrar,
    DiscordInteractionHandler handler,
    [FromKeyedServices(DiscordOptions.SectionName)] AdapterConnection connection,
    IOptions<DiscordOptions> options,
    ILogger<DiscordInteractionsService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await registrar.TryEnsureRegisteredAsync(stoppingToken).ConfigureAwait(false);

        var o = options.Value;
        var url = o.InteractionsListenUrl ?? throw new InvalidOperationException("Discord:InteractionsListenUrl is not set.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        await using var app = builder.Build();
        app.MapDiscordInteractions(new InteractionSignature(o.PublicKey ?? string.Empty), handler, stoppingToken);
        await app.StartAsync(stoppingToken).ConfigureAwait(false);
        LogListening(url);

        // Discord calls in; the endpoint listening is all this mode can know of the connection.
        connection.Connected();
        await app.WaitForShutdownAsync(stoppingToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5063, Level = LogLevel.Information, Message = "Discord interactions endpoint listening on {Url}")]
    private partial void LogListening(Uri url);
}
