namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>How one connection of the chaos run ends, and the script: fixed counts of each ending, shuffled by a seed.</summary>
internal enum GatewayChaos
{
    /// <summary>op 7 Reconnect: the client closes (not 1000/1001) and resumes.</summary>
    Reconnect,

    /// <summary>op 9 with d:true: the client resumes.</summary>
    InvalidSessionResumable,

    /// <summary>op 9 with d:false: the client identifies again, on the normal gateway URL.</summary>
    InvalidSessionNotResumable,

    /// <summary>A close frame with a code that allows resuming (4000-4003, 4005, 4008).</summary>
    ResumableClose,

    /// <summary>A close frame with 4007 or 4009: reconnect, but with a new session.</summary>
    IdentifyClose,

    /// <summary>The TCP connection dropped without a close frame.</summary>
    Drop,

    /// <summary>No heartbeat ACK at all: the client must see a zombie, close and resume.</summary>
    Zombie,

    /// <summary>No Hello after the websocket opened: the client must close it after Discord:HelloTimeout and reconnect.</summary>
    Silent,

    /// <summary>Every ACK comes late, but before the next heartbeat: the client must keep the connection; then op 7.</summary>
    LateAcks,
}

internal static class GatewayChaosScript
{
    public static readonly int[] ResumableCodes = [4000, 4001, 4002, 4003, 4005, 4008];

    public static readonly int[] IdentifyCodes = [4007, 4009];

    /// <summary>The endings of <paramref name="counts"/>, each as often as given, in an order fixed by <paramref name="seed"/>.</summary>
    public static List<GatewayChaos> Build(int seed, params (GatewayChaos Chaos, int Count)[] counts)
    {
        var script = counts.SelectMany(c => Enumerable.Repeat(c.Chaos, c.Count)).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(script));
        return script;
    }
}
