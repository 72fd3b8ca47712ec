namespace BriefingBot.Discord.Models;

/// <summary>POST /users/@me/channels: the user to open a DM channel with.</summary>
public sealed record CreateDmRequest(string RecipientId);
