using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class SendPacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AcquireAsync_ThreeAtOnceAtTenPerSecond_FirstGoesNowTheOthersAHundredMillisecondsApart()
    {
        var pacer = new SendPacer(10, _clock);

        var first = pacer.AcquireAsync(CancellationToken.None);
        var second = pacer.AcquireAsync(CancellationToken.None);
        var third = pacer.AcquireAsync(CancellationToken.None);

        Assert.True(first.IsCompleted);
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_AfterAnIdleSpell_NoBurstIsSavedUp()
    {
        var pacer = new SendPacer(10, _clock);
        await pacer.AcquireAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var now = pacer.AcquireAsync(CancellationToken.None);
        var next = pacer.AcquireAsync(CancellationToken.None);

        Assert.True(now.IsCompleted);
        Assert.False(next.IsCompleted, "ten idle seconds must not let ten sends out at once");
    }

    [Fact]
    public async Task PauseFor_HoldsEveryInstantUntilThePauseEnds()
    {
        var pacer = new SendPacer(100, _clock);
        pacer.PauseFor(TimeSpan.FromSeconds(2));

        var held = pacer.AcquireAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(held.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AcquireAsync_Cancelled_Throws()
    {
        var pacer = new SendPacer(1, _clock);
        _ = pacer.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = pacer.AcquireAsync(cancel.Token);

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task AcquireAsync_WindowLimit_CountsSendsInFlightAndThoseAnsweredWithinTheWindow()
    {
        // Two per second at most; pacing alone would allow a thousand.
        var pacer = new SendPacer(1_000, _clock, maxPerSecond: 2);
        var first = await pacer.AcquireAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = await pacer.AcquireAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        var third = pacer.AcquireAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.False(third.IsCompleted, "two sends still waiting for an answer may both arrive within this second");

        first.Dispose(); // answered at 501 ms: it may have arrived just now, so it counts until 1,501 ms
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Yield();
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        second.Dispose();
    }

    [Fact]
    public async Task AcquireAsync_LongAnswers_NeverMoreThanTheLimitInAnyWindow()
    {
        // Sends answered 300 ms after release: a release log alone would let the next second's sends overlap them.
        var pacer = SendPacer.UnderCeiling(10, _clock);
        var released = new List<TimeSpan>();
        var start = _clock.GetUtcNow();
        var pending = new List<(IDisposable Lease, DateTimeOffset AnswerAt)>();
        var waiting = pacer.AcquireAsync(CancellationToken.None);
        for (var step = 0; step < 20_000 && released.Count < 40; step++)
        {
            if (waiting.IsCompleted)
            {
                released.Add(_clock.GetUtcNow() - start);
                pending.Add((await waiting, _clock.GetUtcNow().AddMilliseconds(300)));
                waiting = pacer.AcquireAsync(CancellationToken.None);
                continue;
            }

            _clock.Advance(TimeSpan.FromMilliseconds(1));
            foreach (var answered in pending.Where(p => p.AnswerAt <= _clock.GetUtcNow()).ToList())
            {
                answered.Lease.Dispose();
                pending.Remove(answered);
            }

            await Task.Yield();
        }

        Assert.Equal(40, released.Count);
        // Whatever arrives between release and answer: any 1-second window of the platform's holds at most 9.
        for (var i = 0; i + 9 < released.Count; i++)
        {
            Assert.True(released[i + 9] - released[i] >= TimeSpan.FromMilliseconds(1_300), $"sends {i}..{i + 9} within {released[i + 9] - released[i]}");
        }
    }
}
