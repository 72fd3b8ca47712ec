using System.Globalization;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord;

/// <summary>One sentence naming the key for every bad value, so start-up stops with something to fix.</summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Discord:BotToken is required; set it with the environment variable Discord__BotToken or with user secrets.");
        }

        if (!IsSnowflake(options.ApplicationId))
        {
            failures.Add("Discord:ApplicationId must be the application's numeric id (Developer Portal, General Information).");
        }

        if (options.DevGuildId is { Length: > 0 } guild && !IsSnowflake(guild))
        {
            failures.Add("Discord:DevGuildId must be a numeric guild id, or unset to register commands globally.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri)
        {
            failures.Add("Discord:ApiBaseUrl must be an absolute URL such as https://discord.com/api/v10.");
        }

        if (options.GatewayUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Discord:GatewayUrl must be an absolute wss:// URL, or unset to ask GET /gateway/bot.");
        }

        if (options.Mode == DiscordMode.Interactions)
        {
            if (options.PublicKey is not { Length: 64 } key || !key.All(Uri.IsHexDigit))
            {
                failures.Add("Discord:PublicKey must be the application's public key (64 hex digits) when Discord:Mode is Interactions.");
            }

            if (options.InteractionsListenUrl is not { IsAbsoluteUri: true })
            {
                failures.Add("Discord:InteractionsListenUrl must be an absolute URL such as http://0.0.0.0:8081 when Discord:Mode is Interactions.");
            }
        }

        if (options.GlobalRequestsPerSecond is < 1 or > 50)
        {
            failures.Add("Discord:GlobalRequestsPerSecond must be between 1 and 50.");
        }

        if (options.InvalidRequestBudget is < 1 or > 9_000)
        {
            failures.Add("Discord:InvalidRequestBudget must be between 1 and 9000 (Discord bans at 10,000 invalid requests in ten minutes).");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Discord:MaxRetries must be between 0 and 10.");
        }

        if (options.ShardCount is < 1)
        {
            failures.Add("Discord:ShardCount must be 1 or more, or unset for the count Discord recommends.");
        }
        else if (options.ShardIds is { } ids)
        {
            if (options.ShardCount is not { } count)
            {
                failures.Add("Discord:ShardIds needs Discord:ShardCount: every process of the bot must identify with the same shard count.");
            }
            else if (!Gateway.ShardSelection.TryParse(ids, count, out _, out var problem))
            {
                failures.Add(problem);
            }
        }

        if (options.IdentifyInterval < TimeSpan.Zero)
        {
            failures.Add("Discord:IdentifyInterval must not be negative.");
        }

        if (options.InvalidSessionMinDelay < TimeSpan.Zero || options.InvalidSessionMaxDelay < options.InvalidSessionMinDelay)
        {
            failures.Add("Discord:InvalidSessionMinDelay must not be negative nor above Discord:InvalidSessionMaxDelay.");
        }

        if (options.HelloTimeout <= TimeSpan.Zero)
        {
            failures.Add("Discord:HelloTimeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSnowflake(string? value) =>
        ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0;
}
