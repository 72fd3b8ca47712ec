namespace BriefingBot.Discord.Models;

public sealed record GatewayReady(string SessionId, string ResumeGatewayUrl);
