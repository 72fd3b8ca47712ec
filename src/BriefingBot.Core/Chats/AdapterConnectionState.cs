namespace BriefingBot.Core.Chats;

public enum AdapterConnectionState
{
    /// <summary>Started, no contact yet, within the tolerance.</summary>
    Connecting,

    /// <summary>The last call to the platform succeeded.</summary>
    Connected,

    /// <summary>Calls fail, for less than the tolerance; the adapter keeps trying.</summary>
    Failing,

    /// <summary>Failing for longer than the tolerance, never connected, or stopped for good.</summary>
    Down,

    /// <summary>Another instance receives this platform's updates; this one stands by (and still sends).</summary>
    Standby,
}
