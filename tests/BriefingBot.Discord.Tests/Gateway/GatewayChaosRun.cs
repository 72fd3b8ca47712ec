using System.Globalization;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>
/// The fake gateway's side of a chaos run: one session at a time with its sequence numbers and its dispatches (replayed
/// after a Resume from the client's seq), each connection checked to open with Identify or Resume as the session allows.
/// </summary>
internal sealed class GatewayChaosRun
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private static readonly string[] Commands = ["help", "start", "help", "settings"];

    private readonly Random _random = new(60);
    private readonly List<(long Sequence, string EventName, string Data, ChaosInteraction? Interaction)> _dispatched = [];
    private string? _session;
    private int _sessions;
    private long _sequence;
    private long _confirmed;
    private int _closeCodes;
    private string _previous = "nothing";

    public List<ChaosInteraction> Interactions { get; } = [];

    public int Identifies { get; private set; }

    public int Resumes { get; private set; }

    /// <summary>Late-ACK connections the client dropped because the machine stalled an ACK past the next heartbeat.</summary>
    public int StalledLateAcks { get; private set; }

    /// <summary>Connections ended before any dispatch: dropped before Hello, or op 9 in answer to the Resume.</summary>
    public int EarlyEnds { get; private set; }

    /// <summary>Sessions whose READY the client never read (the connection died first), so it identified again.</summary>
    public int LostReadies { get; private set; }

    /// <summary>Accepts the next connection, checks how the client opens it, sends dispatches and ends it with <paramref name="chaos"/> (none: left open).</summary>
    public async Task<FakeGatewayConnection> ConnectionAsync(FakeDiscordServer server, int index, GatewayChaos? chaos)
    {
        var gateway = await server.NextGatewayConnectionAsync(Wait);
        if (chaos == GatewayChaos.Silent)
        {
            // No Hello at all: the client must give up on the connection after Discord:HelloTimeout and open a new one.
            await ClientClosedAsync(gateway, index);
            _previous = "a connection without Hello";
            return gateway;
        }

        if (chaos == GatewayChaos.Drop && _random.Next(8) == 0)
        {
            gateway.Drop();
            _previous = "a drop before Hello";
            EarlyEnds++;
            return gateway;
        }

        gateway.AutoAck = chaos != GatewayChaos.Zombie;
        gateway.AckDelay = chaos == GatewayChaos.LateAcks ? TimeSpan.FromMilliseconds(150) : TimeSpan.Zero;
        await gateway.SendHelloAsync(chaos switch { GatewayChaos.Zombie => 200, GatewayChaos.LateAcks => 500, _ => 1000 });
        var first = await gateway.NextNonHeartbeatAsync(Wait);
        var op = first.GetProperty("op").GetInt32();
        if (_session is not null && op == 2 && _confirmed == 0)
        {
            // READY went out on a connection that then dropped or went zombie before the client showed it had read it
            // (a dropped TCP connection discards what the client had not read): no session to resume, and the
            // interactions sent after READY never reached the client.
            foreach (var lost in _dispatched.Select(x => x.Interaction).OfType<ChaosInteraction>())
            {
                lost.Lose();
            }

            LostReadies++;
            _session = null;
        }

        if (_session is null)
        {
            Assert.True(op == 2, $"Connection {index}: Identify expected (no resumable session) after {_previous}, got {first}.");
            Assert.Equal("/gateway", gateway.Path.TrimEnd('/'));
            Identifies++;
            _session = string.Create(CultureInfo.InvariantCulture, $"chaos-{++_sessions}");
            _sequence = 0;
            _confirmed = 0;
            _dispatched.Clear();
            await gateway.SendReadyAsync(++_sequence, _session, server.ResumeGatewayUrl);
        }
        else
        {
            Assert.True(op == 6, $"Connection {index}: Resume expected (session {_session} is resumable) after {_previous}, got {first}.");
            Assert.Equal("/gateway/resume", gateway.Path.TrimEnd('/'));
            var d = first.GetProperty("d");
            Assert.Equal(_session, d.GetProperty("session_id").GetString());
            var seq = d.GetProperty("seq").GetInt64();
            Assert.True(seq >= _confirmed && seq <= _sequence, $"Connection {index}: Resume after {_previous} at seq {seq}, but the client had received {_confirmed} and was sent up to {_sequence}.");
            Resumes++;
            if (chaos is GatewayChaos.InvalidSessionResumable or GatewayChaos.InvalidSessionNotResumable && _random.Next(2) == 0)
            {
                await InvalidSessionOnResumeAsync(gateway, index, chaos == GatewayChaos.InvalidSessionResumable, seq);
                return gateway;
            }

            foreach (var missed in _dispatched.Where(x => x.Sequence > seq).ToList())
            {
                missed.Interaction?.Replay();
                await gateway.SendDispatchAsync(missed.EventName, missed.Sequence, missed.Data);
            }

            await gateway.SendDispatchAsync("RESUMED", ++_sequence, "null");
        }

        // Interactions come first after READY or RESUMED, then a mix.
        await InteractionAsync(gateway);
        for (var n = _random.Next(0, 3); n > 0; n--)
        {
            if (chaos != GatewayChaos.LateAcks && _random.Next(6) == 0)
            {
                // The gateway asks for a heartbeat now (op 1); the client answers it between dispatches.
                await gateway.SendAsync("""{"op":1,"d":null}""");
            }

            await (_random.Next(3) == 0 ? DispatchAsync(gateway, "GUILD_CREATE", """{"id":"5"}""", null) : InteractionAsync(gateway));
        }

        _previous = chaos?.ToString() ?? "nothing";
        await EndAsync(gateway, index, chaos);
        return gateway;
    }

    /// <summary>op 9 as Discord's answer to a Resume it cannot honour: no replay, no RESUMED; d:false ends the session.</summary>
    private async Task InvalidSessionOnResumeAsync(FakeGatewayConnection gateway, int index, bool resumable, long seq)
    {
        await gateway.SendAsync(resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");
        await ClientClosedAsync(gateway, index);
        if (resumable)
        {
            _confirmed = seq;
        }
        else
        {
            foreach (var lost in _dispatched.Where(x => x.Sequence > seq).Select(x => x.Interaction).OfType<ChaosInteraction>())
            {
                lost.Lose();
            }

            _session = null;
        }

        _previous = string.Create(CultureInfo.InvariantCulture, $"op 9 d:{(resumable ? "true" : "false")} in answer to Resume");
        EarlyEnds++;
    }

    /// <summary>Waits until every interaction has a callback; the arrival times of each one's callbacks, by interaction id.</summary>
    public async Task<Dictionary<string, List<DateTimeOffset>>> CallbacksAsync(FakeDiscordServer server, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var callbacks = server.Requests
                .Where(r => r.Method == "POST" && r.Path.StartsWith("interactions/", StringComparison.Ordinal) && r.Path.EndsWith("/callback", StringComparison.Ordinal))
                .GroupBy(r => r.Path.Split('/')[1])
                .ToDictionary(g => g.Key, g => g.Select(r => r.ReceivedAt).ToList());
            if (Interactions.All(x => x.Lost || callbacks.ContainsKey(x.Id)))
            {
                return callbacks;
            }

            if (cts.IsCancellationRequested)
            {
                var missing = Interactions.Where(x => !x.Lost && !callbacks.ContainsKey(x.Id)).ToList();
                Assert.Fail($"{missing.Count} interactions got no callback: {string.Join(", ", missing.Take(10))}");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    private async Task EndAsync(FakeGatewayConnection gateway, int index, GatewayChaos? chaos)
    {
        switch (chaos)
        {
            case GatewayChaos.Reconnect:
                await gateway.SendAsync("""{"op":7,"d":null}""");
                await ClientClosedAsync(gateway, index);
                _confirmed = _sequence;
                break;
            case GatewayChaos.InvalidSessionResumable:
                await gateway.SendAsync("""{"op":9,"d":true}""");
                await ClientClosedAsync(gateway, index);
                _confirmed = _sequence;
                break;
            case GatewayChaos.InvalidSessionNotResumable:
                await gateway.SendAsync("""{"op":9,"d":false}""");
                await gateway.Closed.WaitAsync(Wait);
                _session = null;
                break;
            case GatewayChaos.ResumableClose:
                await gateway.CloseAsync(GatewayChaosScript.ResumableCodes[_closeCodes++ % GatewayChaosScript.ResumableCodes.Length]);
                _confirmed = _sequence;
                break;
            case GatewayChaos.IdentifyClose:
                await gateway.CloseAsync(GatewayChaosScript.IdentifyCodes[_closeCodes++ % GatewayChaosScript.IdentifyCodes.Length]);
                _session = null;
                break;
            case GatewayChaos.Drop:
                // Sometimes an interaction goes out just before the drop: the client may or may not have read it.
                if (_random.Next(2) == 0)
                {
                    await InteractionAsync(gateway);
                }

                gateway.Drop();
                _confirmed = Math.Max(_confirmed, gateway.LastHeartbeatSequence ?? 0);
                break;
            case GatewayChaos.Zombie:
                await ClientClosedAsync(gateway, index);
                _confirmed = Math.Max(_confirmed, gateway.LastHeartbeatSequence ?? 0);
                break;
            case GatewayChaos.LateAcks:
                using (var cts = new CancellationTokenSource(Wait))
                {
                    while (gateway.Heartbeats < 3 && !gateway.Closed.IsCompleted)
                    {
                        await Task.Delay(10, cts.Token);
                    }
                }

                if (gateway.Closed.IsCompleted)
                {
                    // Only a fault of the client if every ACK went out well (200 ms) before the client's next heartbeat
                    // or its close: a loaded machine can stall the fake's delayed ACK past the next beat, and then the
                    // client is right to call the connection a zombie.
                    var closedAt = gateway.ClosedAt;
                    var beats = gateway.HeartbeatTimes;
                    var acks = gateway.AckTimes;
                    var inTime = Enumerable.Range(0, beats.Count).All(i => i < acks.Count && acks[i] <= (i + 1 < beats.Count ? beats[i + 1] : closedAt) - 200);
                    Assert.False(inTime, $"Connection {index}: the client dropped a connection whose ACKs were late but in time (heartbeats at {string.Join(", ", beats)}, ACKs at {string.Join(", ", acks)}, closed by {closedAt}).");
                    StalledLateAcks++;
                    _confirmed = Math.Max(_confirmed, gateway.LastHeartbeatSequence ?? 0);
                    break;
                }

                goto case GatewayChaos.Reconnect;
        }
    }

    private static async Task ClientClosedAsync(FakeGatewayConnection gateway, int index)
    {
        var code = await gateway.Closed.WaitAsync(Wait);
        Assert.True(code is not 1000 and not 1001, $"Connection {index}: the client closed with {code}, which ends the session.");
    }

    private async Task InteractionAsync(FakeGatewayConnection gateway)
    {
        var n = Interactions.Count + 1;
        var id = (1_000_000 + n).ToString(CultureInfo.InvariantCulture);
        var command = Commands[n % Commands.Length];
        var data = $$$"""{"id":"{{{id}}}","application_id":"{{{DiscordTestServices.ApplicationId}}}","type":2,"token":"tok-{{{n}}}","channel_id":"77","guild_id":"5","member":{"user":{"id":"7","username":"ann"},"permissions":"0"},"data":{"id":"1","name":"{{{command}}}","type":1,"options":[]}}""";
        var interaction = new ChaosInteraction(id, _sequence + 1);
        Interactions.Add(interaction);
        await DispatchAsync(gateway, "INTERACTION_CREATE", data, interaction);
    }

    private async Task DispatchAsync(FakeGatewayConnection gateway, string eventName, string data, ChaosInteraction? interaction)
    {
        var sequence = ++_sequence;
        _dispatched.Add((sequence, eventName, data, interaction));
        interaction?.Sent();
        await gateway.SendDispatchAsync(eventName, sequence, data);
    }
}

/// <summary>One INTERACTION_CREATE of the chaos run: when it was last sent, and whether that was a replay after a Resume.</summary>
internal sealed class ChaosInteraction(string id, long sequence)
{
    public string Id => id;

    public long Sequence => sequence;

    public DateTimeOffset SentAt { get; private set; }

    public bool Replayed { get; private set; }

    /// <summary>Sent after a READY the client never read: it is not in the session the client went on with, as on Discord.</summary>
    public bool Lost { get; private set; }

    public void Lose() => Lost = true;

    public void Sent() => SentAt = TimeProvider.System.GetUtcNow();

    public void Replay()
    {
        Replayed = true;
        Sent();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{id} (seq {sequence}{(Replayed ? ", replayed" : string.Empty)})");
}
