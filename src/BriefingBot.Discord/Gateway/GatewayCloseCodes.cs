namespace BriefingBot.Discord.Gateway;

/// <summary>What a close code means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by the client to drop a zombie or obey op 7 while keeping the session resumable.</summary>
    public const int ClientReconnect = 4900;

    /// <summary>Sharding required: the bot is in too many guilds for the shards it runs.</summary>
    public const int ShardingRequired = 4011;

    public static GatewayNext Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayNext.Stop,
        4007 or 4009 => GatewayNext.Identify,
        _ => GatewayNext.Resume,
    };

    /// <summary>What a fatal close code asks of the operator.</summary>
    public static string Explain(int? code) => code switch
    {
        4004 => "authentication failed (4004): Discord rejected the bot token; check Discord:BotToken and restart",
        4010 => "invalid shard (4010)",
        4011 => "sharding required (4011): the bot is in too many guilds for one connection",
        4012 => "invalid API version (4012)",
        4013 => "invalid intents (4013)",
        4014 => "disallowed intents (4014): enable the intents in the Discord developer portal",
        _ => $"closed with code {code}",
    };
}

/// <summary>After a connection ends: resume the session, start a new one, or stop for good.</summary>
internal enum GatewayNext
{
    Resume,
    Identify,
    Stop,
}
