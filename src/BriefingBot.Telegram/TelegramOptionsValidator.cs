using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>One sentence naming the key for each bad value; the token itself is never echoed.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken) || !TokenShape().IsMatch(options.BotToken))
        {
            failures.Add("Telegram:BotToken must look like 123456:ABC... (the token from @BotFather); set it with the environment variable Telegram__BotToken or with user secrets.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL, for example https://api.telegram.org.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            ValidateWebhook(options, failures);
        }

        Range(failures, "Telegram:PollingTimeoutSeconds", options.PollingTimeoutSeconds, 0, 50);
        Range(failures, "Telegram:GlobalRatePerSecond", options.GlobalRatePerSecond, 1, 1000);
        Range(failures, "Telegram:PerChatRatePerSecond", options.PerChatRatePerSecond, 1, 1000);
        Range(failures, "Telegram:GroupRatePerMinute", options.GroupRatePerMinute, 1, 60_000);
        Range(failures, "Telegram:MaxSendAttempts", options.MaxSendAttempts, 1, 20);
        Range(failures, "Telegram:MaxSendsInFlight", options.MaxSendsInFlight, 1, 1000);
        if (options.AdminCacheDuration < TimeSpan.Zero || options.AdminCacheDuration > TimeSpan.FromHours(1))
        {
            failures.Add("Telegram:AdminCacheDuration must be between 00:00:00 and 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add("Telegram:WebhookUrl must be the public https URL Telegram posts to when Telegram:Mode is Webhook.");
        }

        if (string.IsNullOrEmpty(options.WebhookSecret) || !SecretShape().IsMatch(options.WebhookSecret))
        {
            failures.Add("Telegram:WebhookSecret must be 1-256 characters of A-Z, a-z, 0-9, _ and - when Telegram:Mode is Webhook.");
        }

        if (!Uri.TryCreate(options.WebhookListenUrl, UriKind.Absolute, out _))
        {
            failures.Add("Telegram:WebhookListenUrl must be a local URL to listen on (for example http://0.0.0.0:8443) when Telegram:Mode is Webhook.");
        }
    }

    private static void Range(List<string> failures, string key, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max}.");
        }
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
