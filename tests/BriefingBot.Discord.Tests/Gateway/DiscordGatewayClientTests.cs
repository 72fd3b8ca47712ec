using BriefingBot.Core.Chats;
using BriefingBot.Discord.Gateway;
using BriefingBot.Discord.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Tests.Gateway;

public sealed class DiscordGatewayClientTests : IAsyncDisposable
{
    private static readonly Uri Gateway = new("wss://gateway.test/");
    // Long enough that a loaded test machine still ACKs in time; short enough that the zombie test is quick.
    private const string Hello = """{"op":10,"d":{"heartbeat_interval":150}}""";
    private const string Ready = """{"op":0,"t":"READY","s":1,"d":{"session_id":"sess-1","resume_gateway_url":"wss://resume.test"}}""";

    private readonly ScriptedGatewayTransport _transport = new();
    private readonly RecordingSink _sink = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly DiscordGatewayClient _client;
    private readonly AdapterConnection _connection = new("Discord", TimeProvider.System);
    private Task? _run;

    public DiscordGatewayClientTests()
    {
        var options = Options.Create(new DiscordOptions
        {
            BotToken = "secret-token",
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(5),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(20),
            HelloTimeout = TimeSpan.FromMilliseconds(300),
            InvalidSessionMinDelay = TimeSpan.FromMilliseconds(400),
            InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(500),
        });
        _client = new DiscordGatewayClient(_transport, new FixedUrl(Gateway), _sink, _connection, options, TimeProvider.System, NullLogger<DiscordGatewayClient>.Instance);
    }

    [Fact]
    public async Task RunAsync_HelloThenReady_IdentifiesWithGuildsIntentAndHeartbeats()
    {
        await ConnectAndIdentifyAsync();

        await FakeDiscordTests.EventuallyAsync(() => _transport.Heartbeats >= 3);
        Assert.Equal("sess-1", _client.SessionId);
        Assert.Empty(_transport.ClientCloseCodes);
    }

    [Fact]
    public async Task RunAsync_MissingHeartbeatAck_ClosesAsZombieAndResumesWithLastSequence()
    {
        await ConnectAndIdentifyAsync();
        _transport.Push("""{"op":0,"t":"GUILD_CREATE","s":7,"d":{}}""");
        await FakeDiscordTests.EventuallyAsync(() => _client.LastSequence == 7);
        _transport.AutoAck = false;

        var resumeUrl = await _transport.NextConnectAsync();
        _transport.AutoAck = true;
        _transport.Push(Hello);
        var resume = await _transport.ExpectSentAsync(6);

        Assert.StartsWith("wss://resume.test", resumeUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains(_transport.ClientCloseCodes, code => code is not 1000 and not 1001);
        Assert.Equal("sess-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(7, resume.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task RunAsync_ReconnectOp7_ResumesOnResumeUrl()
    {
        await ConnectAndIdentifyAsync();

        _transport.Push("""{"op":7,"d":null}""");
        var url = await _transport.NextConnectAsync();
        _transport.Push(Hello);
        var resume = await _transport.ExpectSentAsync(6);

        Assert.Equal("resume.test", url.Host);
        Assert.Equal(1, resume.GetProperty("d").GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgainOnGatewayUrl()
    {
        await ConnectAndIdentifyAsync();

        _transport.Push("""{"op":9,"d":false}""");
        var url = await _transport.NextConnectAsync();
        _transport.Push(Hello);
        await _transport.ExpectSentAsync(2);

        Assert.Equal("gateway.test", url.Host);
        Assert.Null(_client.SessionId);
    }

    [Fact]
    public async Task RunAsync_NoHelloAfterConnecting_ClosesAndResumesOnANewConnection()
    {
        await ConnectAndIdentifyAsync();
        _transport.Push("""{"op":7,"d":null}""");
        await _transport.NextConnectAsync();

        // This connection stays silent: no Hello, so no heartbeats either.
        var url = await _transport.NextConnectAsync();
        _transport.Push(Hello);
        var resume = await _transport.ExpectSentAsync(6);

        Assert.Equal("resume.test", url.Host);
        Assert.Equal("sess-1", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Contains(_transport.ClientCloseCodes, code => code is not 1000 and not 1001);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsBeforeIdentifying()
    {
        await ConnectAndIdentifyAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        _transport.Push("""{"op":9,"d":false}""");
        await _transport.NextConnectAsync();

        // Discord: wait a random 1-5 s (here InvalidSessionMinDelay..MaxDelay) before a fresh Identify.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(390), $"Reconnected {clock.Elapsed.TotalMilliseconds:0} ms after op 9.");
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await ConnectAndIdentifyAsync();

        _transport.Push("""{"op":9,"d":true}""");
        await _transport.NextConnectAsync();
        _transport.Push(Hello);

        await _transport.ExpectSentAsync(6);
    }

    [Fact]
    public async Task RunAsync_FatalClose4004_StopsWithoutReconnecting()
    {
        await ConnectAndIdentifyAsync();

        _transport.PushClose(4004);
        await (_run ?? Task.CompletedTask).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(_transport.HasConnectPending);
        var status = _connection.Status(AdapterConnection.DefaultTolerance);
        Assert.Equal(AdapterConnectionState.Down, status.State);
        Assert.Contains("Discord:BotToken", status.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Close4009_IdentifiesInsteadOfResuming()
    {
        await ConnectAndIdentifyAsync();

        _transport.PushClose(4009);
        await _transport.NextConnectAsync();
        _transport.Push(Hello);

        await _transport.ExpectSentAsync(2);
    }

    [Fact]
    public async Task RunAsync_ResumableClose_Resumes()
    {
        await ConnectAndIdentifyAsync();

        _transport.PushClose(4000);
        await _transport.NextConnectAsync();
        _transport.Push(Hello);

        await _transport.ExpectSentAsync(6);
    }

    [Fact]
    public async Task RunAsync_InteractionCreate_ReachesSink()
    {
        await ConnectAndIdentifyAsync();

        _transport.Push("""{"op":0,"t":"INTERACTION_CREATE","s":2,"d":{"id":"55","application_id":"9","type":2,"token":"tok","data":{"name":"help"},"channel_id":"77"}}""");

        var interaction = await _sink.Received.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("help", interaction.Data?.Name);
    }

    [Fact]
    public async Task RunAsync_TwoHundredReconnectsWithInteractions_ResumesEachTimeAndDeliversEveryInteraction()
    {
        await ConnectAndIdentifyAsync();
        var sequence = 1;

        for (var i = 0; i < 200; i++)
        {
            _transport.Push(i % 2 == 0 ? """{"op":7,"d":null}""" : """{"op":9,"d":true}""");
            await _transport.NextConnectAsync();
            _transport.Push(Hello);
            var resume = await _transport.ExpectSentAsync(6);
            Assert.Equal(sequence, resume.GetProperty("d").GetProperty("seq").GetInt64());
            sequence++;
            _transport.Push($$"""{"op":0,"t":"RESUMED","s":{{sequence}},"d":null}""");
            sequence++;
            _transport.Push($$"""{"op":0,"t":"INTERACTION_CREATE","s":{{sequence}},"d":{"id":"{{i}}","application_id":"9","type":2,"token":"t","data":{"name":"help"} } }""");
        }

        await FakeDiscordTests.EventuallyAsync(() => _sink.Count == 200);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
        {
            await _run.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ConnectAndIdentifyAsync()
    {
        _run = _client.RunAsync(_stop.Token);
        var url = await _transport.NextConnectAsync();
        Assert.Contains("v=10", url.Query, StringComparison.Ordinal);
        _transport.Push(Hello);
        var identify = await _transport.ExpectSentAsync(2);
        Assert.Equal(1, identify.GetProperty("d").GetProperty("intents").GetInt32());
        Assert.Equal("secret-token", identify.GetProperty("d").GetProperty("token").GetString());
        _transport.Push(Ready);
        await FakeDiscordTests.EventuallyAsync(() => _client.SessionId is not null);
        Assert.Equal(AdapterConnectionState.Connected, _connection.Status(AdapterConnection.DefaultTolerance).State);
    }

    private sealed class FixedUrl(Uri url) : IGatewayUrlProvider
    {
        public Task<Uri> GetIdentifyUrlAsync(CancellationToken cancellationToken) => Task.FromResult(url);

        public Task<GatewayPlan> GetPlanAsync(CancellationToken cancellationToken) => Task.FromResult(GatewayPlan.Unsharded);
    }

    private sealed class RecordingSink : IDiscordInteractionSink
    {
        private int _count;

        public TaskCompletionSource<Interaction> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count => Volatile.Read(ref _count);

        public Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            Received.TrySetResult(interaction);
            return Task.CompletedTask;
        }
    }
}
