using BriefingBot.Discord.Models;

namespace BriefingBot.Discord.Rendering;

/// <summary>One message to send: content and embeds, already within Discord's limits.</summary>
public sealed record DiscordMessage(string? Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<MessageComponent>? Components = null)
{
    public MessagePayload ToPayload(bool ephemeral = false) =>
        new(Content, Embeds.Count == 0 ? null : Embeds, AllowedMentions.None, ephemeral ? MessagePayload.Ephemeral : null, Components);
}
