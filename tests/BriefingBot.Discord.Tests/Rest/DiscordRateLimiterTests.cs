using BriefingBot.Discord.Rest;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Rest;

public sealed class DiscordRateLimiterTests
{
    private static readonly DiscordRoute Route = DiscordRoute.CreateMessage(new DiscordChannelId(1));

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly DiscordRateLimiter _limiter;

    public DiscordRateLimiterTests()
    {
        _limiter = new DiscordRateLimiter(Options.Create(new DiscordOptions { GlobalRequestsPerSecond = 3 }), _clock);
    }

    [Fact]
    public async Task AcquireAsync_RemainingZero_WaitsUntilResetAfter()
    {
        using (await _limiter.AcquireAsync(Route, CancellationToken.None))
        {
            _limiter.Update(Route, Headers(remaining: 0, resetAfter: 2));
        }

        var next = _limiter.AcquireAsync(Route, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(next.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_OtherChannel_NotHeldByExhaustedBucket()
    {
        using (await _limiter.AcquireAsync(Route, CancellationToken.None))
        {
            _limiter.Update(Route, Headers(remaining: 0, resetAfter: 5));
        }

        _clock.Advance(TimeSpan.FromSeconds(1)); // past the global pace (3 a second), which is not what this test is about
        using var other = await _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(2)), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_GlobalLimit_SpacesRequestsEvenlyAndKeepsEverySecondUnderTheCeiling()
    {
        (await _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(10)), CancellationToken.None)).Dispose();

        // 3 a second, paced 2% under: the next request 340 ms later, not in a burst with the first.
        var second = _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(11)), CancellationToken.None);
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(339));
        await Task.Delay(50);
        Assert.False(second.IsCompleted, "released before its even share of the second");
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();

        // The third is due at 680 ms, but two requests answered within the last second may both have reached Discord
        // inside it: at most 99% of the ceiling (one fewer) per second, so it waits until the first leaves the window.
        var third = _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(12)), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(340));
        await Task.Delay(50);
        Assert.False(third.IsCompleted, "three requests within one second of Discord's window");
        _clock.Advance(TimeSpan.FromMilliseconds(320));
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_InteractionCallback_ExemptFromGlobalLimit()
    {
        (await _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(10)), CancellationToken.None)).Dispose();
        var waiting = _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(11)), CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        var callback = DiscordRoute.CreateInteractionResponse(new DiscordInteractionId(5), "token");
        (await _limiter.AcquireAsync(callback, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_AfterGlobalTooManyRequests_EveryRouteWaits()
    {
        _limiter.OnTooManyRequests(Route, TimeSpan.FromSeconds(3), global: true);

        var other = _limiter.AcquireAsync(DiscordRoute.CreateMessage(new DiscordChannelId(99)), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(other.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(1));
        (await other.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Update_SharedBucketHash_MergesRoutesOfTheSameMajorParameter()
    {
        var edit = new DiscordRoute(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", "1", "channels/1/messages/5");
        using (await _limiter.AcquireAsync(Route, CancellationToken.None))
        {
            _limiter.Update(Route, Headers(remaining: 0, resetAfter: 2, bucket: "shared"));
        }

        _clock.Advance(TimeSpan.FromMilliseconds(500)); // past the global pace (3 a second), still inside the bucket's reset
        using (await _limiter.AcquireAsync(edit, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)))
        {
            _limiter.Update(edit, Headers(remaining: 5, resetAfter: 2, bucket: "shared"));
        }

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var next = _limiter.AcquireAsync(Route, CancellationToken.None);
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    private static System.Net.Http.Headers.HttpResponseHeaders Headers(int remaining, double resetAfter, string bucket = "b")
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Bucket", bucket);
        response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
        response.Headers.Add("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response.Headers;
    }
}
