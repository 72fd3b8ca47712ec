namespace BriefingBot.Discord.Gateway;

/// <summary>Where to open a new session (Identify), once the session start limit allows it.</summary>
public interface IGatewayUrlProvider
{
    Task<Uri> GetIdentifyUrlAsync(CancellationToken cancellationToken);
}
