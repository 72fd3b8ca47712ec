using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// A fake Telegram Bot API on 127.0.0.1 with a random port (Kestrel): POST /bot{token}/{method} with JSON bodies.
/// It records every request, serves scripted getUpdates, getMe, getChatMember, getChat (chats registered with
/// <see cref="AddChat"/>; others are "chat not found") and sendMessage, answers a chat's sends
/// with scripted faults (429 retry_after, 403 blocked, 400 migrate_to_chat_id), and enforces optional global, per-chat and per-group ceilings with 429s.
/// </summary>
public sealed partial class FakeTelegramBotApi : IAsyncDisposable
{
    public const string BotUsername = "BriefingTestBot";
    public const long BotId = 4242;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeTelegramRequest> _requests = new();
    private readonly ConcurrentQueue<FakeTelegramRequest> _delivered = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<FakeTelegramFault>> _faults = new();
    private readonly ConcurrentDictionary<(long Chat, long User), string> _statuses = new();
    private readonly ConcurrentDictionary<long, JsonObject> _chats = new();
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _updates = [];
    private readonly Queue<long> _recentSends = new();
    private readonly Dictionary<long, Queue<long>> _recentByChat = [];
    private readonly List<FakeArrival> _arrivals = [];
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1;
    private int _throttled;
    private int _serverErrors;
    private TaskCompletionSource? _hold;
    private TimeSpan _holdFor = Timeout.InfiniteTimeSpan;
    private int _holdAfterDelivered;
    private int _pollGeneration;
    private int _pollConflicts;

    private FakeTelegramBotApi(WebApplication app) => _app = app;

    /// <summary>The base URL to give the client (Telegram:ApiBaseUrl).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<FakeTelegramRequest> Requests => [.. _requests];

    /// <summary>sendMessage requests that were delivered (not answered with an error).</summary>
    public IReadOnlyList<FakeTelegramRequest> Delivered => [.. _delivered];

    /// <summary>When set, sends beyond this many per second across all chats get 429 retry_after 1.</summary>
    public int? GlobalCeilingPerSecond { get; set; }

    /// <summary>
    /// When set, a chat that receives more than this many sends within <see cref="PerChatWindow"/> gets 429 (Telegram's
    /// "about one message a second" per chat).
    /// </summary>
    public int? PerChatCeiling { get; set; }

    /// <summary>The window of <see cref="PerChatCeiling"/>; one second by default.</summary>
    public TimeSpan PerChatWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When set, a group or channel (negative id) that receives more than this many sends a minute gets 429.</summary>
    public int? GroupCeilingPerMinute { get; set; }

    /// <summary>When true, every method answers 401 Unauthorized, as for a revoked token.</summary>
    public bool RejectToken { get; set; }

    /// <summary>When true, getUpdates ignores the offset and returns every update again (as if confirmation was lost).</summary>
    public bool IgnoreOffset { get; set; }

    /// <summary>
    /// Every send checked against the ceilings, in arrival order: when it arrived (Environment.TickCount64, the clock the
    /// ceilings use) and whether it was accepted. For measuring where 429s cluster.
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

    /// <summary>How many waiting getUpdates calls another getUpdates ended with 409 (two pollers on one token).</summary>
    public int PollConflicts => Volatile.Read(ref _pollConflicts);

    /// <summary>How many sends the fake refused with 429.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>How long each sendMessage takes before the fake acts on it; a sender that disconnects meanwhile delivered nothing.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>While set, every sendMessage is answered with this 5xx status (a Bot API outage).</summary>
    public int? ServerErrorStatus { get; set; }

    /// <summary>How many sends the fake answered with <see cref="ServerErrorStatus"/>.</summary>
    public int ServerErrors => Volatile.Read(ref _serverErrors);

    /// <summary>
    /// The next sendMessage is held, undelivered, until its sender disconnects (or, when given, <paramref name="releaseAfter"/>
    /// has passed: then it is handled as usual); the returned task completes when it has arrived, so a test can kill the
    /// sender while a send is in flight.
    /// </summary>
    public Task HoldNextSend(TimeSpan? releaseAfter = null) => HoldSendAfter(0, releaseAfter);

    /// <summary>
    /// As <see cref="HoldNextSend"/>, for the first sendMessage that arrives once <paramref name="delivered"/> sends have
    /// been delivered: set before the sender starts, it stops a fan-out at an exact point however fast the sender runs.
    /// </summary>
    public Task HoldSendAfter(int delivered, TimeSpan? releaseAfter = null)
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _holdFor = releaseAfter ?? Timeout.InfiniteTimeSpan;
        Volatile.Write(ref _holdAfterDelivered, delivered);
        Volatile.Write(ref _hold, hold);
        return hold.Task;
    }

    /// <summary>Forgets a hold that no send has reached yet.</summary>
    public void CancelHold() => Volatile.Write(ref _hold, null);

    public static async Task<FakeTelegramBotApi> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeTelegramBotApi(app);
        Func<HttpContext, string, Task<IResult>> endpoint = fake.HandleAsync;
        app.MapPost("/bot{token}/{method}", endpoint);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.First() ?? throw new InvalidOperationException("Kestrel reported no address.");
        fake.BaseUrl = address;
        return fake;
    }

    public IReadOnlyList<FakeTelegramRequest> Calls(string method) => Requests.Where(r => r.Method == method).ToList();

    /// <summary>The next sends to <paramref name="chatId"/> are answered with these faults, in order.</summary>
    public void FailSends(long chatId, params FakeTelegramFault[] faults)
    {
        var queue = _faults.GetOrAdd(chatId, _ => new ConcurrentQueue<FakeTelegramFault>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    /// <summary>getChatMember answers this status ("creator", "administrator", "member", ...); "member" otherwise.</summary>
    public void SetMemberStatus(long chatId, long userId, string status) => _statuses[(chatId, userId)] = status;

    /// <summary>getChat knows this chat by id and, when given, by @<paramref name="username"/>; type is "channel", "supergroup", "group" or "private".</summary>
    public void AddChat(long chatId, string type, string title, string? username = null)
    {
        var chat = new JsonObject { ["id"] = chatId, ["type"] = type, ["title"] = title };
        if (username is not null)
        {
            chat["username"] = username;
        }

        _chats[chatId] = chat;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context, string method)
    {
        JsonElement body;
        using (var reader = new StreamReader(context.Request.Body))
        {
            var text = await reader.ReadToEndAsync(context.RequestAborted);
            body = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text).RootElement.Clone();
        }

        var request = new FakeTelegramRequest(method, body);
        _requests.Enqueue(request);
        if (RejectToken)
        {
            return Error(new FakeTelegramFault(401, "Unauthorized"));
        }

        return method switch
        {
            "getMe" => Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Briefing", ["username"] = BotUsername }),
            "getUpdates" => await TakeUpdatesAsync(body, context.RequestAborted) is { } updates
                ? Ok(updates)
                : Error(new FakeTelegramFault(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")),
            "getChatMember" => Ok(ChatMember(body)),
            "getChat" => GetChat(body),
            "sendMessage" => await SendAsync(request, context.RequestAborted),
            _ => Ok(JsonValue.Create(true)),
        };
    }

    private async Task<IResult> SendAsync(FakeTelegramRequest request, CancellationToken aborted)
    {
        if (_delivered.Count >= Volatile.Read(ref _holdAfterDelivered) && Interlocked.Exchange(ref _hold, null) is { } hold)
        {
            hold.SetResult();
            await Task.Delay(_holdFor, aborted);
        }

        if (SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(SendDelay, aborted);
        }

        if (ServerErrorStatus is { } status)
        {
            Interlocked.Increment(ref _serverErrors);
            return Error(new FakeTelegramFault(status, "Internal Server Error"));
        }

        return Send(request);
    }

    private IResult Send(FakeTelegramRequest request)
    {
        var chatId = request.ChatId ?? 0;
        if (_faults.TryGetValue(chatId, out var queue) && queue.TryDequeue(out var fault))
        {
            if (fault.Status == 429)
            {
                Interlocked.Increment(ref _throttled);
            }

            return Error(fault);
        }

        if (OverLimits(chatId))
        {
            Interlocked.Increment(ref _throttled);
            return Error(FakeTelegramFault.TooManyRequests(1));
        }

        _delivered.Enqueue(request);
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["text"] = request.Text,
        };
        return Ok(message);
    }

    /// <summary>Whether a send to <paramref name="chatId"/> now breaks a limit; a send that does not is counted.</summary>
    private bool OverLimits(long chatId)
    {
        var now = Environment.TickCount64;
        lock (_gate)
        {
            Expire(_recentSends, now, 1000);
            if (!_recentByChat.TryGetValue(chatId, out var chatSends))
            {
                chatSends = new Queue<long>();
                _recentByChat[chatId] = chatSends;
            }

            // A minute of history serves both the per-chat window and the group's minute.
            Expire(chatSends, now, 60_000);
            var windowMs = (long)PerChatWindow.TotalMilliseconds;
            if ((GlobalCeilingPerSecond is { } global && _recentSends.Count >= global)
                || (PerChatCeiling is { } perChat && chatSends.Count(t => now - t < windowMs) >= perChat)
                || (chatId < 0 && GroupCeilingPerMinute is { } perMinute && chatSends.Count >= perMinute))
            {
                _arrivals.Add(new FakeArrival(now, false));
                return true;
            }

            _arrivals.Add(new FakeArrival(now, true));
            _recentSends.Enqueue(now);
            chatSends.Enqueue(now);
            return false;
        }
    }

    private static void Expire(Queue<long> sends, long now, long windowMs)
    {
        while (sends.Count > 0 && now - sends.Peek() >= windowMs)
        {
            sends.Dequeue();
        }
    }

    private JsonObject ChatMember(JsonElement body)
    {
        var chat = body.GetProperty("chat_id").GetInt64();
        var user = body.GetProperty("user_id").GetInt64();
        var status = _statuses.GetValueOrDefault((chat, user), "member");
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = user, ["is_bot"] = false, ["first_name"] = "User" },
        };
        if (status is "creator" or "administrator")
        {
            member["is_anonymous"] = false;
        }

        if (status == "administrator")
        {
            foreach (var right in new[] { "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
            {
                member[right] = right != "can_be_edited";
            }
        }

        return member;
    }

    private IResult GetChat(JsonElement body)
    {
        var id = body.GetProperty("chat_id");
        var chat = id.ValueKind == JsonValueKind.Number
            ? _chats.GetValueOrDefault(id.GetInt64())
            : _chats.Values.FirstOrDefault(c => ("@" + (string?)c["username"]).Equals(id.GetString(), StringComparison.OrdinalIgnoreCase));
        if (chat is null)
        {
            return Error(FakeTelegramFault.ChatNotFound());
        }

        var full = (JsonObject)chat.DeepClone();
        full["accent_color_id"] = 0;
        full["max_reaction_count"] = 11;
        full["accepted_gift_types"] = new JsonObject { ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false };
        return Ok(full);
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(FakeTelegramFault fault)
    {
        var parameters = new JsonObject();
        if (fault.RetryAfter is { } retry)
        {
            parameters["retry_after"] = retry;
        }

        if (fault.MigrateToChatId is { } migrate)
        {
            parameters["migrate_to_chat_id"] = migrate;
        }

        var body = new JsonObject { ["ok"] = false, ["error_code"] = fault.Status, ["description"] = fault.Description };
        if (parameters.Count > 0)
        {
            body["parameters"] = parameters;
        }

        return Results.Text(body.ToJsonString(), "application/json", statusCode: fault.Status);
    }
}
