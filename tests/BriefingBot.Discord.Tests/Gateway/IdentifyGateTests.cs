using BriefingBot.Discord.Gateway;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Gateway;

/// <summary>Identify spacing: one per max_concurrency bucket (shard id % max_concurrency) per interval, within a process and across processes sharing a database.</summary>
public sealed class IdentifyGateTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitTurnAsync_MaxConcurrencyTwo_ShardsOfBothBucketsAtOnceThirdWaitsForItsBucket()
    {
        var gate = new IdentifyGate(2, Interval, _clock);

        var zero = gate.WaitTurnAsync(new GatewayShard(0, 4), CancellationToken.None);
        var one = gate.WaitTurnAsync(new GatewayShard(1, 4), CancellationToken.None);
        var two = gate.WaitTurnAsync(new GatewayShard(2, 4), CancellationToken.None);

        Assert.True(zero.IsCompleted && one.IsCompleted);
        Assert.False(two.IsCompleted);
        _clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.False(two.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(two.IsCompleted);
    }

    [Fact]
    public void WaitTurnAsync_MaxConcurrencyOne_ShardsFiveSecondsApart()
    {
        var gate = new IdentifyGate(1, Interval, _clock);

        var turns = Enumerable.Range(0, 3).Select(id => gate.WaitTurnAsync(new GatewayShard(id, 3), CancellationToken.None)).ToList();

        Assert.Equal([true, false, false], turns.Select(t => t.IsCompleted));
        _clock.Advance(Interval);
        Assert.Equal([true, true, false], turns.Select(t => t.IsCompleted));
        _clock.Advance(Interval);
        Assert.True(turns[2].IsCompleted);
    }

    [Fact]
    public void WaitTurnAsync_BucketIdleLongerThanTheInterval_NoWait()
    {
        var gate = new IdentifyGate(1, Interval, _clock);
        gate.WaitTurnAsync(new GatewayShard(0, 2), CancellationToken.None);

        _clock.Advance(Interval * 3);

        Assert.True(gate.WaitTurnAsync(new GatewayShard(1, 2), CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task WaitTurnAsync_TwoProcessesOneBucket_TheSecondWaitsForTheFirstsInterval()
    {
        var leases = new InMemoryLeaseStore();
        var first = new IdentifyGate(1, Interval, _clock, leases).WaitTurnAsync(new GatewayShard(0, 2), CancellationToken.None);
        var second = new IdentifyGate(1, Interval, _clock, leases).WaitTurnAsync(new GatewayShard(1, 2), CancellationToken.None);

        Assert.True(first.IsCompleted);
        var waited = await AdvanceUntilDoneAsync(second);

        Assert.InRange(waited, Interval, Interval + TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task WaitTurnAsync_TwoProcessesDifferentBuckets_BothAtOnce()
    {
        var leases = new InMemoryLeaseStore();

        await new IdentifyGate(2, Interval, _clock, leases).WaitTurnAsync(new GatewayShard(0, 2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await new IdentifyGate(2, Interval, _clock, leases).WaitTurnAsync(new GatewayShard(1, 2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task WaitTurnAsync_DatabaseAway_ThisProcessesSpacingAlone()
    {
        var leases = new InMemoryLeaseStore { Failure = new InvalidOperationException("database away") };
        var gate = new IdentifyGate(1, Interval, _clock, leases);

        await gate.WaitTurnAsync(new GatewayShard(0, 2), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        var next = gate.WaitTurnAsync(new GatewayShard(1, 2), CancellationToken.None);

        Assert.Equal(Interval, await AdvanceUntilDoneAsync(next));
    }

    /// <summary>Moves the fake clock in 100 ms steps (letting timer continuations run) until <paramref name="turn"/> completes; returns how far.</summary>
    private async Task<TimeSpan> AdvanceUntilDoneAsync(Task turn)
    {
        var step = TimeSpan.FromMilliseconds(100);
        var advanced = TimeSpan.Zero;
        while (!turn.IsCompleted)
        {
            Assert.True(advanced < Interval * 3, "never got its turn");
            _clock.Advance(step);
            advanced += step;
            await Task.Delay(15);
        }

        await turn;
        return advanced;
    }
}
