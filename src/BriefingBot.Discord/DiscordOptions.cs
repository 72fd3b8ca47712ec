namespace BriefingBot.Discord;

/// <summary>The "Discord" section. The token comes from an environment variable or user secrets and is never logged.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    public string? BotToken { get; set; }

    /// <summary>The application (client) id, a snowflake.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key (64 hex digits), needed in Interactions mode.</summary>
    public string? PublicKey { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://discord.com/api/v10");

    /// <summary>Overrides the URL from GET /gateway/bot (tests, proxies).</summary>
    public Uri? GatewayUrl { get; set; }

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    /// <summary>Where the HTTP interactions endpoint listens in Interactions mode, for example http://0.0.0.0:8081.</summary>
    public Uri? InteractionsListenUrl { get; set; }

    /// <summary>Register the commands in this guild only (instant updates while developing) instead of globally.</summary>
    public string? DevGuildId { get; set; }

    public string UserAgent { get; set; } = "DiscordBot (https://github.com/briefingbot/briefingbot, 0.1)";

    /// <summary>First reconnect delay; doubles per failed attempt up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a REST request after a 5xx answer or a network error.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay after a 5xx or network error; doubles per retry.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Requests per second across all routes (interaction callbacks excepted).</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>
    /// Invalid requests (401, 403, 429) in ten minutes at which the bot stops sending anything but interaction replies
    /// until the count falls again; Discord bans an IP for a while at 10,000.
    /// </summary>
    public int InvalidRequestBudget { get; set; } = 5_000;

    /// <summary>A command still running after this long is deferred (type 5) and completed by editing @original; zero defers every command.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Gateway shards of the bot in all; unset = the count GET /gateway/bot recommends (one with Discord:GatewayUrl set).</summary>
    public int? ShardCount { get; set; }

    /// <summary>
    /// The shards this process runs, as ids and ranges ("0-3", "0,2"); unset = all of <see cref="ShardCount"/>. Needs
    /// <see cref="ShardCount"/>, which every process of the bot must agree on.
    /// </summary>
    public string? ShardIds { get; set; }

    /// <summary>
    /// How long a new gateway connection may stay silent before Hello (op 10) arrives; then it is closed and a new one
    /// opened. Without Hello there are no heartbeats, so nothing else would notice a connection that never starts.
    /// </summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// After op 9 Invalid Session with d:false Discord asks for a random wait of 1 to 5 s before the fresh Identify; the
    /// wait is drawn between this and <see cref="InvalidSessionMaxDelay"/>. Tests shorten both.
    /// </summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord's spacing of Identify calls within one max_concurrency bucket (5 s); tests shorten it.</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);
}
