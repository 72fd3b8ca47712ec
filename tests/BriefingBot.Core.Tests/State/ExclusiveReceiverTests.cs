using BriefingBot.Core.Chats;
using BriefingBot.Core.State;
using BriefingBot.Testing;
using BriefingBot.Testing.Stores;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.State;

/// <summary>
/// One instance of several receives a platform's updates: the others stand by, one takes over when the holder stops
/// or its lease expires, and two never receive at once — also when the database goes away mid-lease.
/// </summary>
public sealed class ExclusiveReceiverTests : IDisposable
{
    private const string Name = "telegram:polling";
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
    private readonly InMemoryLeaseStore _leases = new();
    private readonly Stream _stream = new();
    private readonly CancellationTokenSource _stopA = new();
    private readonly CancellationTokenSource _stopB = new();

    public void Dispose()
    {
        _stopA.Cancel();
        _stopB.Cancel();
        _stopA.Dispose();
        _stopB.Dispose();
    }

    [Fact]
    public async Task RunAsync_Alone_ReceivesAtOnceAndReleasesWhenStopped()
    {
        var connection = Connection();
        var run = Start("a", connection, _stopA.Token);

        await Eventually.TrueAsync(() => _stream.IsRunning("a"), Patience);
        Assert.NotNull(_leases.HolderAt(Name, _clock.GetUtcNow()));
        Assert.NotEqual(AdapterConnectionState.Standby, connection.Status(Lease).State);

        await _stopA.CancelAsync();
        await run.WaitAsync(Patience);
        Assert.False(_stream.IsRunning("a"));
        Assert.Null(_leases.HolderAt(Name, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task RunAsync_TwoInstances_OneReceivesOtherStandsByAndTakesOverWhenFirstStops()
    {
        var a = Start("a", Connection(), _stopA.Token);
        await Eventually.TrueAsync(() => _stream.IsRunning("a"), Patience);
        var connectionB = Connection();
        var b = Start("b", connectionB, _stopB.Token);
        await Eventually.TrueAsync(() => connectionB.Status(Lease).State == AdapterConnectionState.Standby, Patience);
        await AdvanceAsync(Lease * 3);
        Assert.False(_stream.IsRunning("b"));

        await _stopA.CancelAsync();
        await a.WaitAsync(Patience);
        var waited = await AdvanceUntilAsync(() => _stream.IsRunning("b"), Lease);

        Assert.True(waited <= Lease / 3, $"took over after {waited}");
        Assert.NotEqual(AdapterConnectionState.Standby, connectionB.Status(Lease).State);
        Assert.Equal(1, _stream.MostAtOnce);
        await _stopB.CancelAsync();
        await b.WaitAsync(Patience);
    }

    [Fact]
    public async Task RunAsync_HolderDiedWithoutReleasing_TakenOverWhenItsLeaseExpires()
    {
        await _leases.TryAcquireAsync(Name, "crashed", _clock.GetUtcNow(), Lease, CancellationToken.None);
        _ = Start("b", Connection(), _stopB.Token);

        var waited = await AdvanceUntilAsync(() => _stream.IsRunning("b"), Lease * 2);

        Assert.InRange(waited, Lease, Lease + (Lease / 3) + TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task RunAsync_LeaseTakenByAnother_StopsReceivingAtTheNextRenewal()
    {
        var connection = Connection();
        _ = Start("a", connection, _stopA.Token);
        await Eventually.TrueAsync(() => _stream.IsRunning("a"), Patience);

        // Another instance holds the lease now (as after a long pause of this process).
        _leases.Take(Name, "another instance", _clock.GetUtcNow() + Lease);
        var waited = await AdvanceUntilAsync(() => !_stream.IsRunning("a"), Lease);

        Assert.True(waited <= Lease / 3, $"kept receiving for {waited}");
        await Eventually.TrueAsync(() => connection.Status(Lease).State == AdapterConnectionState.Standby, Patience);
    }

    [Fact]
    public async Task RunAsync_DatabaseAwayAtRenewal_StopsBeforeTheLeaseCouldExpireAndResumesWhenBack()
    {
        _ = Start("a", Connection(), _stopA.Token);
        await Eventually.TrueAsync(() => _stream.IsRunning("a"), Patience);
        var acquired = _clock.GetUtcNow();

        _leases.Failure = new InvalidOperationException("database away");
        await AdvanceUntilAsync(() => !_stream.IsRunning("a"), Lease);
        var stoppedAfter = _clock.GetUtcNow() - acquired;

        // One failed renewal is tolerated; by the second the lease might soon expire elsewhere, so receiving stops.
        Assert.InRange(stoppedAfter, Lease / 3 + TimeSpan.FromSeconds(1), Lease - TimeSpan.FromSeconds(1));
        _leases.Failure = null;
        await AdvanceUntilAsync(() => _stream.IsRunning("a"), Lease);
        Assert.Equal(1, _stream.MostAtOnce);
    }

    [Fact]
    public async Task RunAsync_ReceivingEndsByItself_ReturnsAndReleases()
    {
        var receiver = Receiver();
        var connection = Connection();

        await receiver.RunAsync(Name, _ => Task.CompletedTask, connection, _stopA.Token).WaitAsync(Patience);

        Assert.Null(_leases.HolderAt(Name, _clock.GetUtcNow()));
    }

    [Fact]
    public async Task RunAsync_DatabaseAwayBeforeTaking_FailingWithOneWarningThenTakesWhenBack()
    {
        var logger = new FakeLogger<ExclusiveReceiver>();
        var connection = Connection();
        _leases.Failure = new InvalidOperationException("database away");
        _ = Receiver(logger).RunAsync(Name, token => _stream.RunAsync("a", token), connection, _stopA.Token);

        await AdvanceAsync(Lease * 2);
        Assert.False(_stream.IsRunning("a"));

        // Not "standby": nobody can be known to receive while the lease cannot be taken.
        Assert.Equal(AdapterConnectionState.Failing, connection.Status(Lease * 3).State);
        _leases.Failure = null;
        await AdvanceUntilAsync(() => _stream.IsRunning("a"), Lease);

        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    private Task Start(string holder, AdapterConnection connection, CancellationToken stop) =>
        Receiver().RunAsync(Name, token => _stream.RunAsync(holder, token), connection, stop);

    private ExclusiveReceiver Receiver(ILogger<ExclusiveReceiver>? logger = null) =>
        new(_leases, _clock, Options.Create(new ClusterOptions { ReceiverLease = Lease }), logger ?? NullLogger<ExclusiveReceiver>.Instance);

    private AdapterConnection Connection() => new("Telegram", _clock);

    /// <summary>Moves the fake clock a second at a time (letting timers' continuations run) until the condition holds; returns how far.</summary>
    private async Task<TimeSpan> AdvanceUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var advanced = TimeSpan.Zero;
        while (!condition())
        {
            Assert.True(advanced <= limit, $"not within {limit} of the clock");
            _clock.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.Delay(20);
        }

        return advanced;
    }

    private async Task AdvanceAsync(TimeSpan span)
    {
        for (var advanced = TimeSpan.Zero; advanced < span; advanced += TimeSpan.FromSeconds(1))
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
    }

    /// <summary>A platform's update stream: runs until cancelled, and counts how many holders ran it at once.</summary>
    private sealed class Stream
    {
        private readonly Lock _gate = new();
        private readonly HashSet<string> _running = [];

        public int MostAtOnce { get; private set; }

        public bool IsRunning(string holder)
        {
            lock (_gate)
            {
                return _running.Contains(holder);
            }
        }

        public async Task RunAsync(string holder, CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                _running.Add(holder);
                MostAtOnce = Math.Max(MostAtOnce, _running.Count);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                lock (_gate)
                {
                    _running.Remove(holder);
                }
            }
        }
    }
}
