using BriefingBot.Core.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Delivery;

public sealed class SendPacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WaitAsync_ThreeAtOnceAtTenPerSecond_FirstGoesNowTheOthersAHundredMillisecondsApart()
    {
        var pacer = new SendPacer(10, _clock);

        var first = pacer.WaitAsync(CancellationToken.None);
        var second = pacer.WaitAsync(CancellationToken.None);
        var third = pacer.WaitAsync(CancellationToken.None);

        Assert.True(first.IsCompleted);
        Assert.False(second.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitAsync_AfterAnIdleSpell_NoBurstIsSavedUp()
    {
        var pacer = new SendPacer(10, _clock);
        await pacer.WaitAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));

        var now = pacer.WaitAsync(CancellationToken.None);
        var next = pacer.WaitAsync(CancellationToken.None);

        Assert.True(now.IsCompleted);
        Assert.False(next.IsCompleted, "ten idle seconds must not let ten sends out at once");
    }

    [Fact]
    public async Task PauseFor_HoldsEveryInstantUntilThePauseEnds()
    {
        var pacer = new SendPacer(100, _clock);
        pacer.PauseFor(TimeSpan.FromSeconds(2));

        var held = pacer.WaitAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(held.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await held.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void WaitAsync_Cancelled_Throws()
    {
        var pacer = new SendPacer(1, _clock);
        _ = pacer.WaitAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = pacer.WaitAsync(cancel.Token);

        cancel.Cancel();

        Assert.True(waiting.IsCanceled);
    }
}
