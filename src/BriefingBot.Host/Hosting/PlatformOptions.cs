namespace BriefingBot.Host.Hosting;

/// <summary>
/// The "Telegram" and "Discord" sections as far as the host needs them: an adapter is enabled when its token is set,
/// or explicitly with Enabled = true (then a missing token stops start-up). Tokens come from environment variables
/// (Telegram__BotToken) or user secrets, never from config/.
/// </summary>
internal sealed class PlatformOptions
{
    public bool? Enabled { get; set; }

    public string? BotToken { get; set; }

    public bool IsEnabled => Enabled ?? !string.IsNullOrWhiteSpace(BotToken);
}
