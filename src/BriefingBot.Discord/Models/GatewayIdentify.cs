namespace BriefingBot.Discord.Models;

/// <summary>Op 2 Identify.</summary>
public sealed record GatewayIdentify(int Op, GatewayIdentifyData D);

/// <summary>Identify's data; <paramref name="Shard"/> is [shard id, shard count] when the bot is sharded.</summary>
public sealed record GatewayIdentifyData(string Token, int Intents, GatewayConnectionProperties Properties, IReadOnlyList<int>? Shard = null);

public sealed record GatewayConnectionProperties(string Os, string Browser, string Device);
