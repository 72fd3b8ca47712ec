namespace BriefingBot.Telegram;

/// <summary>The "Telegram" section. The token comes from the environment (Telegram__BotToken) or user secrets, never config/.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public const string DefaultApiBaseUrl = "https://api.telegram.org";

    /// <summary>Enables the adapter even without a token (then start-up stops and names the missing key).</summary>
    public bool? Enabled { get; set; }

    /// <summary>"123456:ABC..." from @BotFather. Secret: never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; tests point it at a fake on 127.0.0.1.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public HTTPS URL Telegram posts updates to (webhook mode); its path is the route served locally.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>secret_token given to setWebhook and expected in X-Telegram-Bot-Api-Secret-Token (1-256 of A-Z, a-z, 0-9, _ and -).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the webhook endpoint listens locally, for example http://0.0.0.0:8443.</summary>
    public string? WebhookListenUrl { get; set; }

    /// <summary>Long-poll timeout sent with getUpdates, in seconds (0-50).</summary>
    public int PollingTimeoutSeconds { get; set; } = 25;

    /// <summary>Messages per second across all chats (Telegram allows about 30).</summary>
    public int GlobalRatePerSecond { get; set; } = 25;

    /// <summary>Messages per second to one chat (Telegram: about 1).</summary>
    public int PerChatRatePerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group or channel (Telegram: 20).</summary>
    public int GroupRatePerMinute { get; set; } = 20;

    /// <summary>
    /// Sends waiting on Telegram's answer at once (1-1000). Bounds how many messages a stall (connections warming up, a
    /// pause of the process) can hold back and then deliver together, which would break the global rate at Telegram.
    /// </summary>
    public int MaxSendsInFlight { get; set; } = 32;

    /// <summary>Sends of one message before a run of 429s counts as a (temporary) failure.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>How long a getChatMember answer (administrator or not) is trusted.</summary>
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public bool IsEnabled => Enabled ?? !string.IsNullOrWhiteSpace(BotToken);
}
