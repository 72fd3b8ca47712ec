namespace BriefingBot.Discord.Models;

public sealed record GatewayHello(int HeartbeatInterval);
