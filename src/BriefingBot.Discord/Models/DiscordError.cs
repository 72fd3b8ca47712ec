namespace BriefingBot.Discord.Models;

/// <summary>An error body: a JSON error code and message, or a 429's retry_after and global flag.</summary>
public sealed record DiscordError(int? Code = null, string? Message = null, double? RetryAfter = null, bool? Global = null);
