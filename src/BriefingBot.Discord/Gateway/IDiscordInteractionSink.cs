using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Gateway;

/// <summary>Receives INTERACTION_CREATE events from the gateway, off its receive loop.</summary>
public interface IDiscordInteractionSink
{
    Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken);
}
