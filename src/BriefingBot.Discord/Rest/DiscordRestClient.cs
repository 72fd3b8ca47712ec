using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriefingBot.Core.Delivery;
using BriefingBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord's REST API over HttpClient: bot authorisation and User-Agent, every request through the
/// <see cref="DiscordRateLimiter"/>, 429s waited out and retried, 5xx and network errors retried with backoff,
/// other errors thrown as <see cref="DiscordApiException"/> with Discord's error code.
/// </summary>
public sealed partial class DiscordRestClient(
    IHttpClientFactory httpClients,
    DiscordRateLimiter limiter,
    DeliveryMetrics metrics,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "Discord";

    private const int MaxRateLimitRetries = 5;
    private const string Platform = "discord";

    /// <summary>Waits shorter than this are lock hand-overs, not rate limiting.</summary>
    private static readonly TimeSpan MeasurableWait = TimeSpan.FromMilliseconds(5);

    /// <summary>Sends <paramref name="body"/> (when given) and reads the answer as <typeparamref name="TResponse"/> (null for 204).</summary>
    public async Task<TResponse?> SendAsync<TBody, TResponse>(
        DiscordRoute route,
        TBody? body,
        JsonTypeInfo<TBody> bodyType,
        JsonTypeInfo<TResponse>? responseType,
        CancellationToken cancellationToken)
        where TBody : class
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(route);
        var json = body is null ? null : JsonSerializer.Serialize(body, bodyType);
        var failures = 0;
        var limited = 0;
        while (true)
        {
            RefuseWhenInvalidBudgetSpent(route);
            var waitStarted = time.GetTimestamp();
            using var lease = await limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            var waited = time.GetElapsedTime(waitStarted);
            if (waited >= MeasurableWait)
            {
                metrics.RateLimitWait(Platform, waited);
            }

            HttpResponseMessage response;
            try
            {
                response = await SendOnceAsync(route, json, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException exception) when (failures < options.Value.MaxRetries)
            {
                failures++;
                lease.Dispose();
                LogRetrying(exception, route.RouteKey, failures);
                await Task.Delay(RetryDelay(failures), time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                limiter.Update(route, response.Headers);
                if (response.IsSuccessStatusCode)
                {
                    if (responseType is null || response.StatusCode == HttpStatusCode.NoContent)
                    {
                        return null;
                    }

                    await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                    return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false);
                }

                var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)
                {
                    var invalid = limiter.RecordInvalid();
                    if (invalid % 1000 == 0)
                    {
                        LogManyInvalid(invalid);
                    }
                }

                if (response.StatusCode == HttpStatusCode.TooManyRequests && limited < MaxRateLimitRetries)
                {
                    limited++;
                    metrics.Throttled(Platform);
                    var retryAfter = TimeSpan.FromSeconds(error.RetryAfter ?? 1);
                    var global = error.Global == true || response.Headers.Contains("X-RateLimit-Global");
                    LogRateLimited(route.RouteKey, retryAfter, global);
                    limiter.OnTooManyRequests(route, retryAfter, global);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && failures < options.Value.MaxRetries)
                {
                    failures++;
                    lease.Dispose();
                    LogServerError(route.RouteKey, (int)response.StatusCode, failures);
                    await Task.Delay(RetryDelay(failures), time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw new DiscordApiException(response.StatusCode, error.Code, error.Message, $"{route.Method.Method} {route.Template}");
            }
        }
    }

    /// <summary>
    /// Past the invalid-request budget only interaction replies go out: another 403 to a closed channel could take
    /// the bot over Discord's ban threshold, while an unanswered user is worse than a late briefing.
    /// </summary>
    private void RefuseWhenInvalidBudgetSpent(DiscordRoute route)
    {
        var budget = options.Value.InvalidRequestBudget;
        if (route.ExemptFromGlobal || limiter.InvalidRequestCount < budget)
        {
            return;
        }

        LogBudgetSpent(route.RouteKey, budget);
        throw new DiscordApiException(
            $"Not sending {route.Method.Method} {route.Template}: {budget} invalid Discord requests (401/403/429) in the last ten minutes; sending resumes as they age out.");
    }

    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRoute route, string? json, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(route.Method, new Uri(o.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + route.Path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", o.BotToken);
        request.Headers.TryAddWithoutValidation("User-Agent", o.UserAgent);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var http = httpClients.CreateClient(HttpClientName);
        return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DiscordError> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return text.Length == 0 ? new DiscordError() : JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordError) ?? new DiscordError();
        }
        catch (JsonException)
        {
            return new DiscordError();
        }
    }

    private TimeSpan RetryDelay(int failures) => options.Value.RetryBaseDelay * Math.Pow(2, failures - 1);

    [LoggerMessage(EventId = 5020, Level = LogLevel.Warning, Message = "Discord request {Route} failed; retry {Attempt}")]
    private partial void LogRetrying(Exception exception, string route, int attempt);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; retry {Attempt}")]
    private partial void LogServerError(string route, int status, int attempt);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Warning, Message = "Rate limited on {Route} for {RetryAfter} (global: {Global})")]
    private partial void LogRateLimited(string route, TimeSpan retryAfter, bool global);

    [LoggerMessage(EventId = 5024, Level = LogLevel.Error, Message = "Holding Discord request {Route}: the invalid-request budget of {Budget} per ten minutes is spent")]
    private partial void LogBudgetSpent(string route, int budget);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Error, Message = "{Count} invalid Discord requests (401/403/429) in ten minutes; Discord bans at 10,000")]
    private partial void LogManyInvalid(int count);
}
