namespace BriefingBot.Discord.Models;

/// <summary>Op 2 Identify.</summary>
public sealed record GatewayIdentify(int Op, GatewayIdentifyData D);

public sealed record GatewayIdentifyData(string Token, int Intents, GatewayConnectionProperties Properties);

public sealed record GatewayConnectionProperties(string Os, string Browser, string Device);
