namespace BriefingBot.Telegram;

/// <summary>How updates reach the bot.</summary>
public enum TelegramMode
{
    /// <summary>getUpdates long polling (one instance per token).</summary>
    Polling = 0,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>; several instances can share it behind a load balancer.</summary>
    Webhook = 1,
}
