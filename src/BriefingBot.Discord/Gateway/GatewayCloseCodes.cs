namespace BriefingBot.Discord.Gateway;

/// <summary>What a close code means for the next connection.</summary>
internal static class GatewayCloseCodes
{
    /// <summary>Sent by the client to drop a zombie or obey op 7 while keeping the session resumable.</summary>
    public const int ClientReconnect = 4900;

    public static GatewayNext Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayNext.Stop,
        4007 or 4009 => GatewayNext.Identify,
        _ => GatewayNext.Resume,
    };
}

/// <summary>After a connection ends: resume the session, start a new one, or stop for good.</summary>
internal enum GatewayNext
{
    Resume,
    Identify,
    Stop,
}
