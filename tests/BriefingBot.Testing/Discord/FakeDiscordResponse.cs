using System.Globalization;

namespace BriefingBot.Testing.Discord;

/// <summary>A scripted REST answer.</summary>
public sealed record FakeDiscordResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static FakeDiscordResponse Json(string body, IReadOnlyDictionary<string, string>? headers = null) => new(200, body, headers);

    public static FakeDiscordResponse Error(int status, int code, string message) =>
        new(status, $$"""{"code":{{code}},"message":"{{message}}"}""");

    /// <summary>A 429 with retry_after (seconds) and the global flag, as Discord sends it.</summary>
    public static FakeDiscordResponse TooManyRequests(double retryAfter, bool global = false, string bucket = "fake-bucket")
    {
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Bucket"] = bucket;
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        var body = string.Create(CultureInfo.InvariantCulture, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}""");
        return new FakeDiscordResponse(429, body, headers);
    }
}
