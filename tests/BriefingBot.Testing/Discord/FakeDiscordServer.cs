using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// A fake Discord on 127.0.0.1 with a random port: REST routes under /api/v10 that record every request and
/// answer from scripts (429s with bucket headers or global, 5xx, 403 50013, ...) or sensible defaults, optional
/// bucket enforcement that counts violations, and a gateway websocket at /gateway whose connections the test drives.
/// A channel message sent with a nonce and enforce_nonce is created once: the same nonce again is answered with the
/// message already created (200, same id), as Discord does for one bot; Discord's few-minute window is not modelled.
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeDiscordRequest> _requests = new();
    private readonly Lock _gate = new();
    private readonly List<(string Method, string Prefix, Queue<FakeDiscordResponse> Responses)> _scripts = [];
    private readonly List<FakeBucket> _buckets = [];
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Queue<long> _recent = new();
    private readonly List<FakeDiscordMessage> _messages = [];
    private readonly Dictionary<string, FakeDiscordMessage> _byNonce = new(StringComparer.Ordinal);
    private readonly List<FakeArrival> _arrivals = [];
    private readonly Dictionary<string, string> _dmChannels = new(StringComparer.Ordinal);
    private int _messageIds = 1000;
    private int _globalViolations;
    private int _liveGatewayConnections;

    private FakeDiscordServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri ApiBaseUrl => new(BaseUrl, "api/v10");

    public Uri GatewayUrl => new($"ws://{BaseUrl.Authority}/gateway");

    /// <summary>A second gateway address for READY's resume_gateway_url, so a test sees where the client reconnected.</summary>
    public Uri ResumeGatewayUrl => new($"ws://{BaseUrl.Authority}/gateway/resume");

    /// <summary>Gateway websockets open right now (accepted and not yet ended).</summary>
    public int LiveGatewayConnections => Volatile.Read(ref _liveGatewayConnections);

    public IReadOnlyList<FakeDiscordRequest> Requests => [.. _requests];

    /// <summary>The channel messages created, in order; a request deduplicated by its nonce adds none.</summary>
    public IReadOnlyList<FakeDiscordMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The DM channels opened with POST /users/@me/channels: recipient user id to channel id.</summary>
    public IReadOnlyDictionary<string, string> DirectMessageChannels
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_dmChannels);
            }
        }
    }

    /// <summary>The shard count GET /gateway/bot recommends.</summary>
    public int RecommendedShards { get; set; } = 1;

    /// <summary>session_start_limit.max_concurrency in GET /gateway/bot: how many shards may identify at once.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Requests refused with 429 because a limited bucket was already exhausted.</summary>
    public int BucketViolations { get; private set; }

    /// <summary>When set, requests beyond this many in any second get a global 429 (Discord's 50 per second per bot).</summary>
    public int? GlobalCeilingPerSecond { get; set; }

    /// <summary>
    /// Every request checked against <see cref="GlobalCeilingPerSecond"/>, in arrival order: when (Environment.TickCount64)
    /// and whether it was accepted. For measuring where 429s cluster.
    /// </summary>
    public IReadOnlyList<FakeArrival> Arrivals
    {
        get
        {
            lock (_gate)
            {
                return [.. _arrivals];
            }
        }
    }

    /// <summary>Requests refused with a global 429 because <see cref="GlobalCeilingPerSecond"/> was reached.</summary>
    public int GlobalViolations => Volatile.Read(ref _globalViolations);

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeDiscordServer(builder.Build());
        server._app.UseWebSockets();
        server._app.Map("/gateway", server.GatewayAsync);
        server._app.Map("/gateway/resume", server.GatewayAsync);
        server._app.Map("/api/v10/{**path}", server.RestAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>The next requests matching <paramref name="method"/> and path prefix get these answers, in order.</summary>
    public void Script(string method, string pathPrefix, params FakeDiscordResponse[] responses)
    {
        lock (_gate)
        {
            _scripts.Add((method, pathPrefix, new Queue<FakeDiscordResponse>(responses)));
        }
    }

    /// <summary>Enforces a bucket: <paramref name="limit"/> requests per <paramref name="window"/>, with X-RateLimit-* headers.</summary>
    public void LimitBucket(string method, string pathPrefix, string bucket, int limit, TimeSpan window)
    {
        lock (_gate)
        {
            _buckets.Add(new FakeBucket(method, pathPrefix, bucket, limit, window));
        }
    }

    public async Task<FakeGatewayConnection> NextGatewayConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _connections.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task GatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        Interlocked.Increment(ref _liveGatewayConnections);
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var connection = new FakeGatewayConnection(socket, context.Request.Path.Value ?? string.Empty, context.Request.QueryString.Value ?? string.Empty, context.Abort);
            await _connections.Writer.WriteAsync(connection);
            await connection.RunAsync(_stopping.Token);
        }
        finally
        {
            Interlocked.Decrement(ref _liveGatewayConnections);
        }
    }

    private async Task RestAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.RouteValues["path"] as string ?? string.Empty;
        var method = context.Request.Method;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new FakeDiscordRequest(method, path, headers, body, TimeProvider.System.GetUtcNow()));

        var response = Answer(method, path, body);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is { } text)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(text);
        }
    }

    private FakeDiscordResponse Answer(string method, string path, string body)
    {
        lock (_gate)
        {
            var script = _scripts.FirstOrDefault(s => s.Responses.Count > 0 && Matches(s.Method, s.Prefix, method, path));
            if (script.Responses is { } queue)
            {
                return queue.Dequeue();
            }

            // Interaction callbacks are exempt from the global limit, as on Discord.
            if (!path.StartsWith("interactions/", StringComparison.Ordinal) && OverGlobalCeiling(out var retryAfter))
            {
                _globalViolations++;
                return FakeDiscordResponse.TooManyRequests(retryAfter.TotalSeconds, global: true);
            }

            var bucket = _buckets.FirstOrDefault(b => Matches(b.Method, b.Prefix, method, path));
            var response = Default(method, path, body);
            if (bucket is null)
            {
                return response;
            }

            if (!bucket.TryTake(TimeProvider.System.GetUtcNow(), out var remaining, out var resetAfter))
            {
                BucketViolations++;
                return FakeDiscordResponse.TooManyRequests(resetAfter.TotalSeconds, bucket: bucket.Name);
            }

            var headers = new Dictionary<string, string>(response.Headers ?? new Dictionary<string, string>())
            {
                ["X-RateLimit-Bucket"] = bucket.Name,
                ["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Reset-After"] = resetAfter.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture),
            };
            return response with { Headers = headers };
        }
    }

    /// <summary>Whether one more request now breaks the global ceiling; a request that does not is counted. Under the lock.</summary>
    private bool OverGlobalCeiling(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (GlobalCeilingPerSecond is not { } ceiling)
        {
            return false;
        }

        var now = Environment.TickCount64;
        while (_recent.Count > 0 && now - _recent.Peek() >= 1000)
        {
            _recent.Dequeue();
        }

        if (_recent.Count >= ceiling)
        {
            retryAfter = TimeSpan.FromMilliseconds(1000 - (now - _recent.Peek()));
            _arrivals.Add(new FakeArrival(now, false));
            return true;
        }

        _arrivals.Add(new FakeArrival(now, true));
        _recent.Enqueue(now);
        return false;
    }

    private FakeDiscordResponse Default(string method, string path, string body)
    {
        if (method == "POST" && path.StartsWith("channels/", StringComparison.Ordinal) && path.EndsWith("/messages", StringComparison.Ordinal))
        {
            return CreateMessage(path["channels/".Length..^"/messages".Length], body);
        }

        if (method == "POST" && path == "users/@me/channels")
        {
            return OpenDm(body);
        }

        if (method == "GET" && GuildRoute(path) is { } guildAnswer)
        {
            return guildAnswer;
        }

        if (method == "GET" && path == "gateway/bot")
        {
            return FakeDiscordResponse.Json($$$"""{"url":"{{{GatewayUrl}}}","shards":{{{RecommendedShards}}},"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":{{{MaxConcurrency}}}}}""");
        }

        if (path.StartsWith("interactions/", StringComparison.Ordinal))
        {
            return new FakeDiscordResponse(204);
        }

        if (method == "PUT" && path.EndsWith("/commands", StringComparison.Ordinal))
        {
            return FakeDiscordResponse.Json("[]");
        }

        if (method is "POST" or "PATCH" && (path.StartsWith("channels/", StringComparison.Ordinal) || path.StartsWith("webhooks/", StringComparison.Ordinal)))
        {
            return FakeDiscordResponse.Json($$"""{"id":"{{Interlocked.Increment(ref _messageIds)}}"}""");
        }

        return FakeDiscordResponse.Error(404, 0, "404: Not Found");
    }

    /// <summary>A new message, or with enforce_nonce the one already created with that nonce. Under the lock.</summary>
    private FakeDiscordResponse CreateMessage(string channel, string body)
    {
        var (nonce, enforce) = NonceOf(body);
        if (enforce && nonce is not null && _byNonce.TryGetValue(nonce, out var existing))
        {
            return FakeDiscordResponse.Json($$"""{"id":"{{existing.Id}}","channel_id":"{{existing.ChannelId}}"}""");
        }

        var message = new FakeDiscordMessage(channel, Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture), body, nonce);
        _messages.Add(message);
        if (enforce && nonce is not null)
        {
            _byNonce[nonce] = message;
        }

        return FakeDiscordResponse.Json($$"""{"id":"{{message.Id}}","channel_id":"{{channel}}"}""");
    }

    /// <summary>The DM channel with the body's recipient_id, the same one on every call, as on Discord. Under the lock.</summary>
    private FakeDiscordResponse OpenDm(string body)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("recipient_id", out var recipient) || recipient.GetString() is not { Length: > 0 } user)
        {
            return FakeDiscordResponse.Error(400, 50035, "Invalid Form Body");
        }

        if (!_dmChannels.TryGetValue(user, out var channel))
        {
            channel = Interlocked.Increment(ref _messageIds).ToString(CultureInfo.InvariantCulture);
            _dmChannels[user] = channel;
        }

        return FakeDiscordResponse.Json($$"""{"id":"{{channel}}","type":1,"recipients":[{"id":"{{user}}","username":"user{{user}}"}]}""");
    }

    private static (string? Nonce, bool Enforce) NonceOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, false);
            }

            var nonce = root.TryGetProperty("nonce", out var n) ? n.ValueKind == JsonValueKind.String ? n.GetString() : n.GetRawText() : null;
            var enforce = root.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
            return (nonce, enforce);
        }
        catch (JsonException)
        {
            return (null, false);
        }
    }

    private static bool Matches(string scriptMethod, string prefix, string method, string path) =>
        scriptMethod.Equals(method, StringComparison.OrdinalIgnoreCase) && path.StartsWith(prefix, StringComparison.Ordinal);
}
