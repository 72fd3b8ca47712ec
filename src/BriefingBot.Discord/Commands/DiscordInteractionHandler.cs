using BriefingBot.Core.Chats;
using BriefingBot.Core.Commands;
using BriefingBot.Core.Commands.Outcomes;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Models;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Commands;

/// <summary>
/// Answers interactions: PING with PONG; a slash command, or a "More on N" button as /story N, through the
/// shared dispatcher, inline (type 4) when it is quick, else deferred (type 5) and completed by editing
/// @original. Moderator commands, button presses and mistakes are answered ephemerally. Faults are caught here,
/// once, and answered with an apology.
/// </summary>
public sealed partial class DiscordInteractionHandler(
    CommandDispatcher dispatcher,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordInteractionHandler> logger) : IDiscordInteractionSink
{
    private const int Ping = 1;
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;

    /// <summary>Gateway interactions are answered with POST /interactions/{id}/{token}/callback.</summary>
    public Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var id = DiscordInteractionId.Parse(interaction.Id);
        return HandleAsync(
            interaction,
            (response, token) => rest.CreateInteractionResponseAsync(id, interaction.Token, response, token),
            cancellationToken);
    }

    /// <summary>Handles one interaction; <paramref name="respond"/> sends the initial response (HTTP body or REST callback).</summary>
    public async Task HandleAsync(Interaction interaction, Func<InteractionResponse, CancellationToken, Task> respond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(respond);
        if (interaction.Type == Ping)
        {
            await respond(new InteractionResponse(InteractionResponse.Pong), cancellationToken).ConfigureAwait(false);
            return;
        }

        var invocation = interaction.Type switch
        {
            ApplicationCommand => DiscordInvocations.From(interaction),
            MessageComponent => DiscordInvocations.FromButton(interaction),
            _ => null,
        };
        if (invocation is null)
        {
            var unsupported = DiscordRenderer.Text("That kind of interaction is not supported yet.")[0].ToPayload(ephemeral: true);
            await respond(new InteractionResponse(InteractionResponse.ChannelMessage, unsupported), cancellationToken).ConfigureAwait(false);
            return;
        }

        // Moderator commands, private ones ("/personal") and button presses (a story for whoever pressed) are only shown to the caller.
        var root = CommandSpecs.All.FirstOrDefault(s => s.Name.Equals(invocation.Name, StringComparison.OrdinalIgnoreCase));
        var spec = root is null ? null : CommandResolution.Resolve(root, invocation.Arguments).Spec;
        var ephemeral = spec?.Access == AccessLevel.Moderator || spec?.PrivateReply == true || interaction.Type == MessageComponent;
        var dispatch = AnswerAsync(invocation, cancellationToken);
        using var deferTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deferAfter = options.Value.DeferAfter;
        var deadline = deferAfter > TimeSpan.Zero ? Task.Delay(deferAfter, time, deferTimer.Token) : Task.CompletedTask;
        if (deferAfter > TimeSpan.Zero && await Task.WhenAny(dispatch, deadline).ConfigureAwait(false) == dispatch)
        {
            await deferTimer.CancelAsync().ConfigureAwait(false);
            var (messages, mistake) = await dispatch.ConfigureAwait(false);
            var first = messages[0].ToPayload(ephemeral || mistake);
            await respond(new InteractionResponse(InteractionResponse.ChannelMessage, first), cancellationToken).ConfigureAwait(false);
            await FollowUpAsync(interaction, messages, ephemeral || mistake, cancellationToken).ConfigureAwait(false);
            return;
        }

        LogDeferred(invocation.Name);
        var deferred = new InteractionResponse(InteractionResponse.DeferredChannelMessage, ephemeral ? new MessagePayload(null, null, AllowedMentions.None, MessagePayload.Ephemeral) : null);
        await respond(deferred, cancellationToken).ConfigureAwait(false);
        var (late, _) = await dispatch.ConfigureAwait(false);
        var application = DiscordApplicationId.Parse(interaction.ApplicationId);
        await rest.EditOriginalResponseAsync(application, interaction.Token, late[0].ToPayload(), cancellationToken).ConfigureAwait(false);
        await FollowUpAsync(interaction, late, ephemeral, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(IReadOnlyList<DiscordMessage> Messages, bool Mistake)> AnswerAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            var outcome = await dispatcher.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
            return (DiscordRenderer.Render(outcome), outcome is Denied or UsageError);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFault(exception, invocation.Name);
            return (DiscordRenderer.Text("Sorry, something went wrong while answering that. It has been logged; please try again."), true);
        }
    }

    private async Task FollowUpAsync(Interaction interaction, IReadOnlyList<DiscordMessage> messages, bool ephemeral, CancellationToken cancellationToken)
    {
        if (messages.Count < 2)
        {
            return;
        }

        var application = DiscordApplicationId.Parse(interaction.ApplicationId);
        foreach (var message in messages.Skip(1))
        {
            await rest.CreateFollowupAsync(application, interaction.Token, message.ToPayload(ephemeral), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 5040, Level = LogLevel.Error, Message = "Discord command /{Command} failed")]
    private partial void LogFault(Exception exception, string command);

    [LoggerMessage(EventId = 5041, Level = LogLevel.Debug, Message = "Discord command /{Command} deferred")]
    private partial void LogDeferred(string command);
}
