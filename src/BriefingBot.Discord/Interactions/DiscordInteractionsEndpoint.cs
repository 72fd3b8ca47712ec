using System.Text.Json;
using BriefingBot.Discord.Commands;
using BriefingBot.Discord.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The HTTP interactions endpoint: 401 unless the Ed25519 signature is valid; PING gets PONG; commands get the
/// handler's first response as the HTTP answer while follow-ups (edit @original) continue in the background.
/// </summary>
public static class DiscordInteractionsEndpoint
{
    public const string Path = "/interactions";

    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, InteractionSignature signature, DiscordInteractionHandler handler, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(Path, (HttpContext context) => HandleAsync(context, signature, handler, stopping));
    }

    private static async Task HandleAsync(HttpContext context, InteractionSignature signature, DiscordInteractionHandler handler, CancellationToken stopping)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        if (!signature.IsValid(headers["X-Signature-Ed25519"], headers["X-Signature-Timestamp"], body))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException)
        {
            interaction = null;
        }

        if (interaction is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var first = new TaskCompletionSource<InteractionResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handling = handler.HandleAsync(
            interaction,
            (response, _) =>
            {
                first.TrySetResult(response);
                return Task.CompletedTask;
            },
            stopping);
        var done = await Task.WhenAny(first.Task, handling).ConfigureAwait(false);
        if (done == handling && !first.Task.IsCompleted)
        {
            await handling.ConfigureAwait(false);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, await first.Task.ConfigureAwait(false), DiscordJsonContext.Default.InteractionResponse, context.RequestAborted).ConfigureAwait(false);
    }
}
