using System.Net;

namespace BriefingBot.Discord.Rest;

/// <summary>Discord refused a request: the HTTP status and Discord's JSON error code (50013 missing permissions, ...).</summary>
public sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode status, int? code, string? discordMessage, string route)
        : base($"Discord answered {(int)status} to {route}" + (code is null ? "." : $": {code} {discordMessage}"))
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode Status { get; }

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? Code { get; }

    /// <summary>The target is gone or closed to the bot for good: 403 50001/50013, 50007 (cannot DM), 404 10003/10004.</summary>
    public bool IsPermanent =>
        Code == 50007 || (Status, Code) is (HttpStatusCode.Forbidden, 50001 or 50013) or (HttpStatusCode.NotFound, 10003 or 10004);
}
